#!/usr/bin/env bash
# Side by side, whole process (issue 18): the native `newsextract batch` against wink-nlp in-process, on the same
# generated articles, in one run, so the ratio holds on a noisy machine.
#
#   benchmarks/side-by-side.sh [--count 1000] [--work DIR] [--no-build] [--no-wink]
#
# 1. Publishes the native executable (dotnet publish src/NewsExtract.Cli -c Release -r RID).
# 2. Generates COUNT articles of about 5 KB (default 1,000, about 5 MB) from the paragraphs of corpus/ and
#    tests/invented/ into WORK/articles (deterministic; scratch data, never committed).
# 3. Runs `batch --parallel 1` and `--parallel 2` (JSON written, schema 2), then wink-nlp (installed with npm into
#    WORK/wink when Node.js is there; readDoc, then entities, tokens and sentences of every file).
# 4. Prints words/s for each (words = whitespace-separated words of the input, the same count for both) and the
#    ratios; the cold start of `annotate` on one 5 KB article (median of 20 runs; hyperfine when installed);
#    and the peak RSS of each batch run (/usr/bin/time -v when installed, else the kernel's rusage via Python).
# newsextract is timed as a whole process (start-up and model loading included); wink-nlp inside its process
# (Node start-up and model loading excluded), which favours wink-nlp.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
count=1000
work=${TMPDIR:-/tmp}/newsextract-side-by-side
build=1
wink=1
while [ $# -gt 0 ]; do
  case "$1" in
    --count) count=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    --no-wink) wink=0; shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) rid=linux-x64 ;;
  Linux-aarch64) rid=linux-arm64 ;;
  Darwin-arm64) rid=osx-arm64 ;;
  Darwin-x86_64) rid=osx-x64 ;;
  *) echo "no runtime identifier for $(uname -s)-$(uname -m)" >&2; exit 2 ;;
esac
native="$root/src/NewsExtract.Cli/bin/Release/net10.0/$rid/publish/NewsExtract.Cli"
if [ "$build" = 1 ]; then
  dotnet publish src/NewsExtract.Cli -c Release -r "$rid" -v quiet -nologo
fi
[ -x "$native" ] || { echo "no native binary at $native" >&2; exit 1; }

mkdir -p "$work"
articles="$work/articles"
if [ ! -d "$articles" ] || [ "$(find "$articles" -name '*.txt' | wc -l)" != "$count" ]; then
  rm -rf "$articles"
  python3 benchmarks/side-by-side/generate-articles.py "$articles" corpus tests/invented --count "$count"
fi
words=$(cat "$articles"/*.txt | wc -w)
bytes=$(cat "$articles"/*.txt | wc -c)
echo "input: $count articles, $bytes bytes, $words words ($articles)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"

# Runs a command, prints "WALL_SECONDS CPU_SECONDS PEAK_RSS_KB" (CPU = user + system, every thread).
measure() {
  python3 - "$@" <<'PY'
import resource, subprocess, sys, time
start = time.perf_counter()
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
seconds = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"{seconds:.3f} {usage.ru_utime + usage.ru_stime:.3f} {usage.ru_maxrss}")
PY
}

declare -A wps rss cps
for p in 1 2; do
  out="$work/out-p$p.jsonl"
  rm -f "$out" "$out.options.json"
  read -r seconds cpu peak < <(measure "$native" batch "$articles" --out "$out" --parallel "$p" --progress none)
  wps[$p]=$(python3 -c "print(round($words / $seconds))")
  cps[$p]=$(python3 -c "print(round($words / $cpu))")
  rss[$p]=$peak
  echo "newsextract batch --parallel $p: ${seconds} s wall, ${cpu} s CPU; ${wps[$p]} words/s, ${cps[$p]} words per CPU second; peak RSS $((peak / 1024)) MB; $(wc -c < "$out") bytes of JSON"
done
out="$work/out-v1.jsonl"
rm -f "$out" "$out.options.json"
"$native" batch "$articles" --out "$out" --parallel 2 --progress none --schema 1 > /dev/null
echo "schema 1 for comparison: $(wc -c < "$out") bytes of JSON (schema 2: $(wc -c < "$work/out-p1.jsonl"))"
python3 -c "print(f'scaling --parallel 2 / --parallel 1: {${wps[2]} / ${wps[1]}:.2f}x')"

if [ "$wink" = 1 ] && command -v node > /dev/null && command -v npm > /dev/null; then
  if [ ! -d "$work/wink/node_modules/wink-eng-lite-web-model" ]; then
    mkdir -p "$work/wink"
    (cd "$work/wink" && npm init -y > /dev/null && npm install --silent wink-nlp wink-eng-lite-web-model > /dev/null)
  fi
  cp benchmarks/side-by-side/wink-run.js "$work/wink/"
  winkline=$(cd "$work/wink" && node wink-run.js "$articles")
  winkwps=$(python3 -c "import json,sys; print(round(json.loads(sys.argv[1])['wordsPerSecond']))" "$winkline")
  winkcps=$(python3 -c "import json,sys; print(round(json.loads(sys.argv[1])['wordsPerCpuSecond']))" "$winkline")
  echo "wink-nlp (in-process): $winkwps words/s, $winkcps words per CPU second  $winkline"
  python3 -c "print(f'ratio newsextract --parallel 1 / wink-nlp: {${wps[1]} / $winkwps:.2f}x wall, {${cps[1]} / $winkcps:.2f}x per CPU second; --parallel 2 / wink-nlp: {${wps[2]} / $winkwps:.2f}x wall')"
else
  echo "wink-nlp: skipped (no Node.js, or --no-wink)"
fi

files=("$articles"/*.txt)
one=${files[0]}
if command -v hyperfine > /dev/null; then
  hyperfine --warmup 3 --runs 20 -N --export-json "$work/cold.json" "$native annotate $one" > /dev/null
  python3 -c "import json; r=json.load(open('$work/cold.json'))['results'][0]; print(f'cold start, annotate one {$(wc -c < "$one")}-byte article: median {r[\"median\"]*1000:.1f} ms of 20 runs (hyperfine)')"
else
  python3 - "$native" "$one" <<'PY'
import statistics, subprocess, sys, time
runs = []
for _ in range(23):
    start = time.perf_counter()
    subprocess.run([sys.argv[1], "annotate", sys.argv[2]], check=True, stdout=subprocess.DEVNULL)
    runs.append(time.perf_counter() - start)
print(f"cold start, annotate one article: median {statistics.median(runs[3:]) * 1000:.1f} ms of 20 runs")
PY
fi
