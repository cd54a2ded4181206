#!/usr/bin/env bash
# Runs one libFuzzer target for a while:   fuzz/run.sh TARGET SECONDS [extra libFuzzer flags...]
#
# Targets: normalize_tokenize numbers time phrase_matcher jsonl_reader gazetteer pipeline html_reader
# warc_reader encoding.
# Needs the fuzz build (RASD_FUZZ_BUILD, default build-fuzz/):
#   CXX=clang++-14 cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRASD_BUILD_FUZZ=ON \
#       -DRASD_BUILD_TESTS=OFF -DRASD_BUILD_BENCH=OFF && cmake --build build-fuzz -j2
# Seeds: fuzz/corpus/TARGET and fuzz/regressions/TARGET, plus (when ../shared/data/corpus is present,
# or RASD_FUZZ_SHARED_CORPUS names another directory) up to RASD_FUZZ_SHARED_SEEDS (200) articles of its
# articles.jsonl files, written at run time under the build directory and never into the repository.
# A dictionary of the words in data/*.tsv is passed with -dict. New inputs go to
# <build>/fuzz-work/TARGET/corpus, crashes to <build>/fuzz-work/TARGET/artifacts/; copy a crash into
# fuzz/regressions/TARGET/ once fixed, and fuzz_replay_test replays it with every build.
# RASD_FUZZ_REAL_GAZETTEER=1 makes the pipeline target use the real gazetteer (a copy of
# build/gazetteer.idx and ../shared/data) instead of the tiny one.
set -euo pipefail
cd "$(dirname "$0")/.."
if (($# < 2)); then
  sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
target=$1
seconds=$2
shift 2
build=${RASD_FUZZ_BUILD:-build-fuzz}
bin="$build/fuzz/${target}_fuzzer"
[[ -x $bin ]] || { echo "no $bin: build with -DRASD_BUILD_FUZZ=ON (see fuzz/run.sh)" >&2; exit 2; }

work="$build/fuzz-work/$target"
mkdir -p "$work/corpus" "$work/artifacts" "$work/shared-seeds"
seeds=("fuzz/corpus/$target")
[[ -d fuzz/regressions/$target ]] && seeds+=("fuzz/regressions/$target")

shared=${RASD_FUZZ_SHARED_CORPUS:-../shared/data/corpus}
if [[ -d $shared ]]; then
  python3 - "$target" "$shared" "$work/shared-seeds" "${RASD_FUZZ_SHARED_SEEDS:-200}" <<'PY'
import glob, json, os, sys
target, shared, out, limit = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
files = sorted(glob.glob(os.path.join(shared, "*", "articles.jsonl")))
n = 0
for path in files:
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if n >= limit: break
            if i % 7: continue  # spread over each file
            try:
                a = json.loads(line)
            except ValueError:
                continue
            text = (a.get("title", "") + "\n" + a.get("text", ""))[:3000]
            if target == "jsonl_reader":
                data = json.dumps({"id": a.get("id", ""), "published": a.get("published", ""),
                                   "title": a.get("title", ""), "text": text}, ensure_ascii=(n % 2 == 0)) + "\n"
            elif target in ("normalize_tokenize",):
                data = text
            elif target == "phrase_matcher":
                words = text.split()
                data = "\n".join(" ".join(words[k:k + 2]) for k in range(0, min(len(words), 40), 5)) + "\n\n" + text
            else:
                data = (a.get("published", "") or "")[:10] + "\n" + text
            with open(os.path.join(out, "s%04d" % n), "w", encoding="utf-8") as o:
                o.write(data)
            n += 1
PY
  seeds+=("$work/shared-seeds")
fi

# A libFuzzer dictionary: the words of the project's dictionaries.
python3 - data "$work/words.dict" <<'PY'
import glob, os, re, sys
words = set()
for path in glob.glob(os.path.join(sys.argv[1], "*.tsv")):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"): continue
            for w in re.split(r"[\t|\s]+", line):
                if 2 <= len(w) <= 24 and any("\u0600" <= c <= "\u06ff" for c in w): words.add(w)
with open(sys.argv[2], "w") as o:
    for w in sorted(words)[:4000]:
        o.write('"' + "".join("\\x%02x" % b for b in w.encode()) + '"\n')
PY

if [[ $target == pipeline && ${RASD_FUZZ_REAL_GAZETTEER:-0} == 1 && -f build/gazetteer.idx ]]; then
  cp build/gazetteer.idx "$work/gazetteer.idx"   # a fresh mtime: not rebuilt
  export RASD_FUZZ_DATA=$(cd ../shared/data && pwd) RASD_FUZZ_GAZETTEER=$work/gazetteer.idx
fi

exec "$bin" "$work/corpus" "${seeds[@]}" -dict="$work/words.dict" -max_total_time="$seconds" \
  -max_len=4096 -timeout=20 -rss_limit_mb=2560 -print_final_stats=1 -artifact_prefix="$work/artifacts/" "$@"
