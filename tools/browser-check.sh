#!/usr/bin/env bash
# Opens a corpus report and an article page in headless Chromium and checks that they render: no script error in the
# console (--enable-logging=stderr), the pages' scripts ran (data-ready="yes" in the live DOM), the report's filter
# box and sortable tables are wired, and the screenshots are not blank. Keeps the screenshots.
#
# usage: tools/browser-check.sh [OUT_DIR] [--docs]
#   OUT_DIR  where the pages, DOM dumps, logs and screenshots go (default artifacts/browser-check)
#   --docs   also copy the screenshots to docs/report.png and docs/article.png (the README shows them)
# needs: the .NET SDK, chromium (Debian: apt-get install chromium), python3.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/artifacts/browser-check}"
docs="${2:-}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [[ -z "$browser" ]]; then
    echo "browser-check: chromium not found on PATH (Debian: apt-get install chromium)" >&2
    exit 3
fi

dotnet build "$root/src/NewsExtract.Cli/NewsExtract.Cli.csproj" -c Release -nologo -v quiet > "$out/build.log"
cli=(dotnet "$root/src/NewsExtract.Cli/bin/Release/net10.0/NewsExtract.Cli.dll")

# The report over the seed and invented articles, its statements linking to rendered article pages.
rm -rf "$out/articles" "$out/pages"
mkdir -p "$out/articles" "$out/pages"
cp "$root"/corpus/*.txt "$root"/tests/invented/*.txt "$out/articles/"
"${cli[@]}" batch "$out/articles" --out "$out/results.jsonl" --progress none 2> "$out/batch.log"
for f in "$out"/articles/*.txt; do
    "${cli[@]}" render "$f" --out "$out/pages/$(basename "$f").html"
done
"${cli[@]}" report "$out/results.jsonl" --out "$out/report.html" --title "Seed and invented articles" --link 'pages/{id}.html' 2> "$out/report.log"
article="$out/pages/$(basename "$(find "$root/corpus" -maxdepth 1 -name '*.txt' | sort | sed -n 2p)").html"

flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --user-data-dir="$out/chromium-profile" --enable-logging=stderr --v=0)
fail=0
check() {
    local name="$1" url="$2" size="$3"
    "$browser" "${flags[@]}" --dump-dom "$url" > "$out/$name.dom.html" 2> "$out/$name.log"
    "$browser" "${flags[@]}" --window-size="$size" --screenshot="$out/$name.png" "$url" >> "$out/$name.log" 2>&1
    if grep -E 'CONSOLE.*"(Uncaught|.*Error)' "$out/$name.log" >&2; then
        echo "browser-check: $name: script error in the console" >&2
        fail=1
    fi
    grep -q 'data-ready="yes"' "$out/$name.dom.html" || { echo "browser-check: $name: the page's script did not run" >&2; fail=1; }
    # Not blank: the screenshot has many distinct colours.
    python3 - "$out/$name.png" <<'PY' || fail=1
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
w, h = struct.unpack(">II", data[16:24])
chunks, i = b"", 8
while i < len(data):
    n, kind = struct.unpack(">I4s", data[i:i + 8])
    if kind == b"IDAT":
        chunks += data[i + 8:i + 8 + n]
    i += 12 + n
raw = zlib.decompress(chunks)
colours = len(set(raw[j:j + 3] for j in range(1, min(len(raw), 4_000_000), 97)))
print(f"browser-check: {sys.argv[1].rsplit('/', 1)[-1]}: {w}x{h}, {colours} sampled colours")
sys.exit(0 if colours > 20 else 1)
PY
}
check report "file://$out/report.html" 1400,2600
check article "file://$article#st-1" 1400,1800

# The report's tables: every statement row is there and links to an article page that exists.
rows="$(grep -c '<tr><td class="src">' "$out/report.html" || true)"
echo "browser-check: report has $rows statement rows"
[[ "$rows" -gt 0 ]] || { echo "browser-check: the who-said-what table is empty" >&2; fail=1; }
for id in $(grep -o 'href="pages/[^"]*"' "$out/report.html" | sort -u | sed 's/href="//; s/"$//'); do
    [[ -f "$out/$id" ]] || { echo "browser-check: link $id has no page" >&2; fail=1; }
done

if [[ "$docs" == "--docs" ]]; then
    cp "$out/report.png" "$root/docs/report.png"
    cp "$out/article.png" "$root/docs/article.png"
fi
[[ "$fail" == 0 ]] && echo "browser-check: OK  $out/report.html  $out/report.png  $out/article.png"
exit "$fail"
