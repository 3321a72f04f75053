#!/usr/bin/env bash
# The service from the command line with curl. Start it first: `newsextract serve` (http://127.0.0.1:5088).
set -euo pipefail
URL=${URL:-http://127.0.0.1:5088}
ARTICLE=${1:-samples/articles/erbil-rockets.txt}

# One article as text/plain: the JSON that `newsextract annotate --compact` prints (?indent=true to indent).
curl -sS --fail-with-body -H 'Content-Type: text/plain; charset=utf-8' --data-binary @"$ARTICLE" \
  "$URL/v1/annotate?date=2024-05-13&include=sentences"
echo

# The same as JSON.
python3 -c 'import json,sys; print(json.dumps({"text": open(sys.argv[1], encoding="utf-8").read(), "date": "2024-05-13"}))' "$ARTICLE" |
  curl -sS --fail-with-body -H 'Content-Type: application/json' --data-binary @- "$URL/v1/annotate" -o article.json
echo "wrote article.json"

# The HTML page.
curl -sS --fail-with-body -H 'Content-Type: text/plain; charset=utf-8' --data-binary @"$ARTICLE" "$URL/v1/render" -o article.html
echo "wrote article.html"

# JSON Lines in, JSON Lines out, streamed.
printf '%s\n' '{"id":"a","text":"Kataib Hezbollah said it fired two rockets."}' '{"id":"b","text":"The Pentagon denied the report."}' |
  curl -sS --fail-with-body -N -H 'Content-Type: application/x-ndjson' --data-binary @- "$URL/v1/batch"

# Health and the API description.
curl -sS "$URL/healthz"; echo
curl -sS --fail-with-body "$URL/openapi/v1.json" -o openapi.json
echo "wrote openapi.json"
