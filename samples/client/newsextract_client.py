#!/usr/bin/env python3
"""A client for `newsextract serve`, standard library only.

    newsextract serve &                                   # http://127.0.0.1:5088
    python3 samples/client/newsextract_client.py samples/articles/erbil-rockets.txt --date 2024-05-13
    python3 samples/client/newsextract_client.py --batch samples/articles/*.txt

One article goes to POST /v1/annotate as text/plain; --batch sends every file as one JSON Lines request to
POST /v1/batch and reads the answers line by line as they stream back. Errors come back as RFC 9457 problem
documents; a 429 says when to retry (Retry-After).
"""
import argparse
import json
import sys
import time
import urllib.error
import urllib.parse
import urllib.request


def annotate(base, text, date=None, include=None, retries=3):
    """Returns the document JSON (a dict) for one article."""
    query = {k: v for k, v in (("date", date), ("include", include)) if v}
    url = base + "/v1/annotate" + ("?" + urllib.parse.urlencode(query) if query else "")
    for attempt in range(retries + 1):
        request = urllib.request.Request(url, data=text.encode("utf-8"), method="POST",
                                         headers={"Content-Type": "text/plain; charset=utf-8"})
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return json.load(response)
        except urllib.error.HTTPError as error:
            if error.code == 429 and attempt < retries:
                time.sleep(float(error.headers.get("Retry-After", "1")))
                continue
            problem = json.load(error)
            raise RuntimeError(f"{problem['status']} {problem['title']}: {problem['detail']}") from None


def batch(base, articles):
    """Yields one document (or error) dict per (id, text) pair, in order, as the service streams them."""
    body = "".join(json.dumps({"id": article_id, "text": text}) + "\n" for article_id, text in articles)
    request = urllib.request.Request(base + "/v1/batch", data=body.encode("utf-8"), method="POST",
                                     headers={"Content-Type": "application/x-ndjson"})
    with urllib.request.urlopen(request, timeout=600) as response:
        for line in response:
            if line.strip():
                yield json.loads(line)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--url", default="http://127.0.0.1:5088")
    parser.add_argument("--date", help="publication date, YYYY-MM-DD")
    parser.add_argument("--batch", action="store_true", help="send all files in one /v1/batch request")
    args = parser.parse_args()

    if args.batch:
        articles = [(path, open(path, encoding="utf-8").read()) for path in args.files]
        for doc in batch(args.url, articles):
            if "error" in doc:
                print(f"{doc['id']}: {doc['error']['detail']}")
            else:
                print(f"{doc['id']}: {len(doc['entities'])} entities, {len(doc['attributions'])} statements")
        return 0

    for path in args.files:
        doc = annotate(args.url, open(path, encoding="utf-8").read(), date=args.date)
        print(path)
        for entity in doc["entities"]:
            print(f"  {entity['type']:<12} {entity['key']:<32} {entity['text']}")
        for statement in doc["attributions"]:
            source = statement["source"]
            who = (source.get("key") or source["text"]) if source else "(none)"
            print(f"  said by {who}: {statement['content']['text']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
