#!/usr/bin/env bash
# Renders a seed article to HTML with `newsextract render`, opens it in headless Chromium and checks that the page
# really shows the highlights: the script ran (the live DOM has data-ready="yes" and the statement picked by the
# URL's #st-N, the first statement with a source, carries class "on"), and the screenshot holds pixels of entity colours and of the statement highlight.
#
# usage: scripts/render-check.sh [ARTICLE.txt] [OUT_DIR]    (defaults: the first corpus article, artifacts/render-check)
# needs: the .NET SDK, chromium (Debian: apt-get install chromium), python3.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
article="${1:-$(find "$root/corpus" -maxdepth 1 -name '*.txt' | sort | head -n 1)}"
out="${2:-$root/artifacts/render-check}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
name="$(basename "$article" .txt)"

browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [[ -z "$browser" ]]; then
    echo "render-check: chromium not found on PATH (Debian: apt-get install chromium)" >&2
    exit 3
fi

dotnet build "$root/src/NewsExtract.Cli/NewsExtract.Cli.csproj" -c Release -nologo -v quiet
dotnet "$root/src/NewsExtract.Cli/bin/Release/net10.0/NewsExtract.Cli.dll" render "$article" --out "$out/$name.html"

# Pick the first statement that has a source (a statement in a headline may have none, and then no source lights up).
pick="$(grep -o 'data-src="[0-9]*' "$out/$name.html" | head -n 1 | grep -o '[0-9]*$' || true)"
pick="${pick:-0}"
url="file://$out/$name.html#st-$pick"
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --user-data-dir="$out/chromium-profile")
"$browser" "${flags[@]}" --dump-dom "$url" > "$out/$name.dom.html" 2> "$out/chromium.log"
"$browser" "${flags[@]}" --window-size=1400,2000 --screenshot="$out/$name.png" "$url" >> "$out/chromium.log" 2>&1

grep -q 'data-ready="yes"' "$out/$name.dom.html" || { echo "render-check: the page's script did not run" >&2; exit 1; }
grep -q 'class="st on"' "$out/$name.dom.html" || { echo "render-check: #st-$pick did not highlight statement $((pick + 1))" >&2; exit 1; }
marks="$(grep -o 'class="ent ent-' "$out/$name.dom.html" | wc -l)"
echo "render-check: $marks entity marks in the live DOM"
[[ "$marks" -gt 0 ]] || { echo "render-check: no entity mark in the live DOM" >&2; exit 1; }

# Colours from the style sheet in src/NewsExtract/Html/NewsDocumentHtml.cs: GeoPolitical and Person entities,
# the highlighted statement content (and its table row) and the highlighted source.
python3 "$root/scripts/png-colors.py" "$out/$name.png" \
    GeoPolitical=9be7f5:200 Person=ffd6a5:100 statement-on=fff176:1000 source-on=ffc2b3:50
echo "render-check: OK  $out/$name.html  $out/$name.png"
