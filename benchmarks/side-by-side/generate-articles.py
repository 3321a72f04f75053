#!/usr/bin/env python3
"""Writes N synthetic articles (about 5 KB each) into a folder, built from the paragraphs of the seed texts.

Deterministic: a fixed seed, the seed files read in sorted order. The generated text is scratch data for
benchmarks/side-by-side.sh; it is never committed.

usage: generate-articles.py OUT_DIR SEED_DIR [SEED_DIR ...] [--count 1000] [--bytes 5000]
"""
import argparse
import os
import random


def paragraphs(seed_dirs):
    found = []
    for folder in seed_dirs:
        for name in sorted(os.listdir(folder)):
            if name.endswith(".txt"):
                with open(os.path.join(folder, name), encoding="utf-8-sig") as f:
                    text = f.read().replace("\r\n", "\n")
                found.extend(p.strip() for p in text.split("\n\n") if len(p.strip()) > 40)
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("seeds", nargs="+")
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--bytes", type=int, default=5000)
    args = parser.parse_args()
    pool = paragraphs(args.seeds)
    if not pool:
        raise SystemExit("no paragraphs in " + ", ".join(args.seeds))
    rng = random.Random(20261207)
    os.makedirs(args.out, exist_ok=True)
    for i in range(args.count):
        parts = []
        size = 0
        while size < args.bytes:
            p = rng.choice(pool)
            parts.append(p)
            size += len(p.encode("utf-8")) + 2
        with open(os.path.join(args.out, f"a{i:05d}.txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n\n".join(parts) + "\n")


if __name__ == "__main__":
    main()
