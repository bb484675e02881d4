#!/usr/bin/env bash
# `make bench`: whole-process wall time and peak memory of pubreport (release build) beside the
# Python pipeline users would otherwise write (shared/bench/peer.py), on the sample homepage and
# on generated BibTeX corpora (shared/bench/gen_bib.py). BENCH_LARGE=1 adds 100k entries.
# Writes the table to BENCHMARKS.md. Timings live here, never in unit tests.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${PUBREPORT_SHARED:-../shared}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

swift build -c release >/dev/null
BIN=.build/release/pubreport

measure() {  # measure OUT_PREFIX COMMAND... → prints "seconds peak_MiB" or "failed"
  local prefix="$1"; shift
  if /usr/bin/time -f "%e %M" -o "$prefix.time" "$@" >"$prefix.out" 2>"$prefix.err"; then
    awk '{ printf "%.2f s | %.0f MiB", $1, $2 / 1024 }' "$prefix.time"
  else
    echo "failed (exit $?) | –"
  fi
}

peer_ready() { python3 -c "import bibtexparser, networkx, igraph, leidenalg, sklearn, matplotlib" 2>/dev/null; }

rows=()
# 1. The sample homepage, full report (PNG, PDF, SVG, report.md).
ours=$(measure "$WORK/sample" "$BIN" report reports/sample-homepage.md --out "$WORK/sample-report")
peer="not run | –"
if peer_ready && [ -f "$SHARED/bench/peer.py" ]; then
  # The peer reads BibTeX: give it the same 35 papers.
  python3 - "$WORK/sample-report/data/publications.json" "$WORK/sample.bib" <<'PY'
import json, sys
pubs = json.load(open(sys.argv[1]))
with open(sys.argv[2], "w") as out:
    for i, p in enumerate(pubs):
        authors = " and ".join(a["name"] for a in p["authors"]) or "Anonymous"
        venue = (p.get("venue") or {}).get("name", "")
        year = p.get("year") or ""
        title = p["title"].replace("{", "").replace("}", "")
        out.write(f"@inproceedings{{p{i},\n  title = {{{title}}},\n  author = {{{authors}}},\n  booktitle = {{{venue}}},\n  year = {{{year}}}\n}}\n\n")
PY
  peer=$(measure "$WORK/sample-peer" python3 "$SHARED/bench/peer.py" "$WORK/sample.bib" "$WORK/sample-peer-out")
fi
rows+=("| sample homepage → full report | $ours | $peer |")

# 2. Generated corpora → stats --json.
sizes=(1000 10000)
[ "${BENCH_LARGE:-0}" = 1 ] && sizes+=(100000)
for n in "${sizes[@]}"; do
  if [ ! -f "$SHARED/bench/gen_bib.py" ]; then
    rows+=("| $n entries | shared/bench/gen_bib.py not found | – | – | – |")
    continue
  fi
  python3 "$SHARED/bench/gen_bib.py" "$n" --seed 1 >"$WORK/$n.bib"
  size=$(du -m "$WORK/$n.bib" | cut -f1)
  ours=$(measure "$WORK/s$n" "$BIN" stats "$WORK/$n.bib" --json)
  peer="not run | –"
  if peer_ready && [ "$n" -le 10000 ]; then
    peer=$(measure "$WORK/p$n" python3 "$SHARED/bench/peer.py" "$WORK/$n.bib" "$WORK/peer$n")
  fi
  rows+=("| $n entries ($size MB) → stats --json | $ours | $peer |")
done

# 3. The co-author layout of a ~10k-person graph: graph export with and without --layout.
if [ -f "$SHARED/bench/gen_bib.py" ]; then
  python3 "$SHARED/bench/gen_bib.py" 25000 --seed 1 >"$WORK/25k.bib"
  plain=$(measure "$WORK/g" "$BIN" graph "$WORK/25k.bib" --format csv --out "$WORK/g")
  laid=$(measure "$WORK/gl" "$BIN" graph "$WORK/25k.bib" --format csv --layout --out "$WORK/gl")
  people=$(($(wc -l <"$WORK/g-nodes.csv") - 1))
  layout=$(awk -v a="$(cut -d' ' -f1 "$WORK/gl.time")" -v b="$(cut -d' ' -f1 "$WORK/g.time")" 'BEGIN { printf "%.2f s", a - b }')
  rows+=("| co-author layout, $people people (graph export with --layout minus without) | $layout | – | – | – |")
fi

{
  echo "# Benchmarks"
  echo
  echo "Whole-process wall time and peak resident memory (\`/usr/bin/time\`), release build, on"
  echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(date -u +%Y-%m-%d)."
  echo "Made by \`make bench\` (\`Benchmarks/run-benchmarks.sh\`); \`BENCH_LARGE=1 make bench\` adds 100k entries."
  echo
  echo "| input | pubreport time | pubreport peak memory | peer.py time | peer.py peak memory |"
  echo "|---|---:|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "peer.py runs its whole pipeline (parse, graph, communities, layout, topics, four charts) on every"
  echo "input; pubreport runs its full report for the sample (four charts in three formats, the"
  echo "network with Leiden and layout, report.md, JSON) and \`stats --json\` for the corpora, so the"
  echo "corpus rows compare reading and counting against more work on the peer's side. Issue 8's"
  echo "targets are tracked in the closing notes; reading BibTeX is still far from 200 MB/s."
} > BENCHMARKS.md
cat BENCHMARKS.md
