#!/bin/sh
# Instructions executed (valgrind callgrind "Ir"), a measure that does not depend on what else runs on
# the machine: use it to compare two builds when wall-clock timings are noisy (shared machines, VMs
# without hardware counters for `perf stat -e instructions`).
#
#   bench/instructions.sh extract [RASD] [ARTICLES]   # Pipeline::Process only, per article
#   bench/instructions.sh ingest  [RASD] [ARTICLES]   # the whole `rasd ingest -j1` into a new SQLite db
#
# RASD defaults to build/rasd; ARTICLES to the first 1500 lines of
# ../shared/data/corpus/ant-multisource/articles.jsonl. Needs valgrind (Debian package `valgrind`).
set -eu
mode=${1:-extract}
rasd=${2:-build/rasd}
articles=${3:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ -z "$articles" ]; then
  head -1500 ../shared/data/corpus/ant-multisource/articles.jsonl > "$tmp/articles.jsonl"
  articles="$tmp/articles.jsonl"
fi
n=$(grep -c . "$articles")
case "$mode" in
  extract)
    valgrind --tool=callgrind --toggle-collect='rasd::Pipeline::Process*' --callgrind-out-file="$tmp/cg.out" \
      "$rasd" extract "$articles" 2> "$tmp/log" > /dev/null ;;
  ingest)
    valgrind --tool=callgrind --callgrind-out-file="$tmp/cg.out" \
      "$rasd" ingest --db "$tmp/ingest.db" -j1 "$articles" 2> "$tmp/log" > /dev/null ;;
  *) echo "usage: $0 extract|ingest [RASD] [ARTICLES]" >&2; exit 2 ;;
esac
ir=$(grep -o 'Collected : [0-9]*' "$tmp/log" | awk '{print $3}')
echo "$mode: $n articles, $ir instructions, $(echo "$ir / $n" | bc) per article"
