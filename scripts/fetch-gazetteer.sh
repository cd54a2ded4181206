#!/usr/bin/env bash
# Gazetteer sources: downloads what `rasd gazetteer build` reads (src/geo/sources.cc) on a machine that
# is online, from the upstreams pinned in docs/data-sources.md, and derives the tables rasd reads:
#   DIR/gazetteer/whosonfirst/wof_places_flat.tsv.xz
#   DIR/gazetteer/naturalearth/{countries,admin1,populated_places}.tsv
#   DIR/gazetteer/open-syria-data-geography/{governorates,districts,subdistricts}.json
# Usage: scripts/fetch-gazetteer.sh [--wof tar|sqlite] [--force] [DIR]
#   DIR     default $RASD_DATA, else ./data-cache/rasd
#   --wof   tar (default): GitHub tarballs of whosonfirst-data-admin-<cc> at the pinned commits,
#           streamed through scripts/gazetteer/wof_extract.py (reproduces the shared table exactly);
#           sqlite: geocode.earth's per-country SQLite "latest" bundles (newer data, not pinned).
#   --force re-download and rebuild everything; otherwise each step that has its output is skipped.
# Environment (for mirrors and for the offline test in tests/scripts/): RASD_FETCH_RAW_BASE,
# RASD_FETCH_CODELOAD_BASE, RASD_FETCH_WOF_SQLITE_BASE replace the upstream hosts (file:// works);
# RASD_WOF_COUNTRIES="sy lb" limits the WOF countries (the table is then a subset).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
converters="$here/gazetteer"

wof_mode=tar
force=0
dir=""
while (($#)); do
  case "$1" in
    --wof) (($# >= 2)) || { echo "fetch-gazetteer: --wof needs tar or sqlite" >&2; exit 2; }; wof_mode="$2"; shift 2 ;;
    --wof=*) wof_mode="${1#--wof=}"; shift ;;
    --force) force=1; shift ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "fetch-gazetteer: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) [[ -z "$dir" ]] || { echo "fetch-gazetteer: one DIR only" >&2; exit 2; }; dir="$1"; shift ;;
  esac
done
[[ "$wof_mode" == tar || "$wof_mode" == sqlite ]] || { echo "fetch-gazetteer: --wof must be tar or sqlite" >&2; exit 2; }
dir="${dir:-${RASD_DATA:-./data-cache/rasd}}"
for tool in curl python3 sha256sum; do
  command -v "$tool" >/dev/null 2>&1 || { echo "fetch-gazetteer: $tool is required (scripts/setup.sh installs it)" >&2; exit 1; }
done

RAW="${RASD_FETCH_RAW_BASE:-https://raw.githubusercontent.com}"
CODELOAD="${RASD_FETCH_CODELOAD_BASE:-https://codeload.github.com}"
WOF_SQLITE="${RASD_FETCH_WOF_SQLITE_BASE:-https://data.geocode.earth/wof/dist/sqlite}"

# Who's On First: whosonfirst-data-admin-<cc> at the commits of the shared copy. The order is the row order
# of wof_places_flat.tsv.xz (the first 12 countries, then the 22 added later).
WOF_PINS="
sy 2db0f03b9f9d24bd371f318759d3e56c816c333e
iq 4c7a00f6387bcab9094ac10c9448177515f1098f
ye a96a8df62981ed0e1b2a0be278dd33670a4e6605
ly 2528885a93b80efcfd8dfbb402e3ee636bb21786
lb b881be3020bdd8ab2f270aaa8e5b07dbff918d00
ps 33d507dae70d3cb868d19d6c49c4586b1d1d66a5
sd fd309a646f7f54562618d4514c7d0ab4050cb9c0
so 040d9e760d7c2fc4ee1f80d2b4cf18258759a1ed
jo 2dabf8d9dd3958932242c13b6d39af0ca5ca4205
eg 1bfae0f011094394edfd630cad033f785191ef81
tr 378ddbd68b0d150e6a0c1d7b41008e7457157b4b
il f166490c04538042772500bf353d96a479922255
sa ca29d90501586ece8c861ce520842669adcea3d5
tn 539c0a866d02e444577c19f94955d5ddd57820e3
dz 42074aef3bebde221792609b805940b10627046d
ma 6add06025ba097a74a736cff93fd67dd1c903bf7
kw 8b38bf214af7a4b0d6b09008c51b7e8b700a08a5
bh fa83996bb3059b64411ff658aefcf81988c738dc
qa b69d86793f423a3d9b5c14aca16d249e3ab46ae0
ae 20e1e1395b42969365bd0bc82dbc2698384cf875
om 96439cb390e441c7026e40a750fb06aef7ced923
mr 8c0299955a7c2e8312f6d3eb2b0fa142c1ab6abb
dj 66825c34b3c91885450cc4e6faf28ba30026e5c1
km 64fb369ae2de817c080d4881addfa038198ca859
ir 3374f3dc7f5fa134d1494a066006167db5c67c14
af 948432c281d6d8b4d3994ce3b938e82b775d9078
ss 7d51accba795cf9f5a2ffaaae493d33177acf81d
td 7dbc9dad25f2af156a330768cdff834479e489af
ml 2efa70fccf2aea8d93f69cab55d9f5278644c812
ne dcc2b39005fe302c18d44fcbf9fc03732160870b
ng ace2a28b795144711fac6518b11f2793cf9034d8
er 6440f6d79c9a633bbdf9f741b01c52c0d58dcacb
et 86ac96124996cb183179ab0ea802f13298f1a88b
cy 9713f62da20bbbdeed444c4534b481c94eb78d61
"
# sha256 of the uncompressed wof_places_flat.tsv built from all 34 pinned repositories (the shared table).
WOF_FLAT_SHA256=5cd8b9b767493b7e42d49aa6a00cc1676bed6ef644126a0584434504c3c5df1d

# Natural Earth attribute tables: "file url sha256" (checksums from naturalearth/SOURCE.md of the shared data).
NE_RAYSPHERE="$RAW/Raysphere24/NaturalEarthCsvTsv/7cc9ef2bd1e761f382238908066713be36dc30f0/tsv_with_names"
NE_FILES="
ne_50m_populated_places.tsv $NE_RAYSPHERE/50m_cultural/ne_50m_populated_places.tsv eec0d2b29f53aed575d1103e2dc512ce2f658c598d1417e10bddc8c2d99ac0c1
ne_10m_populated_places_simple.tsv $NE_RAYSPHERE/10m_cultural/ne_10m_populated_places_simple.tsv d05ea3e27444b9e9e8b54eefa6aa42bd406a9b7a0bf4b03c7e1ff0682ad36a5d
ne_10m_admin_1_states_provinces.tsv $NE_RAYSPHERE/10m_cultural/ne_10m_admin_1_states_provinces.tsv b8fe86dad3d702e673fcd6b1dc030a93f1523f8ce44dbd6c67b71bcf9335cb7f
ne_10m_admin_0_countries.tsv $NE_RAYSPHERE/10m_cultural/ne_10m_admin_0_countries.tsv 5253d681c60bb86c3cd2c19fa545ab96fe9a7009267056bcd5acdf1bab3623b7
ne_50m_admin_0_countries.geojson $RAW/mikeskydev/energy-globe/661cb797ef294f63fd312e6d6b99fa75aa1b933c/public/data/ne_50m_admin_0_countries.geojson 0a7d9580eefae9f3bbd907590d236dfd689131ef6709522a2945cd1ca371aa04
"

# Open-Syria data-geography at its pinned commit, used as it is. Checksums are those of the shared copy,
# which its SOURCE.md says was copied byte for byte from this commit.
SYRIA="$RAW/Open-Syria/data-geography/bebd183c9f59bde9fa56fa942cb8b8e9ca1351e6"
SYRIA_FILES="
governorates.json $SYRIA/data/governorates.json dee585be8eabf5608aeab6e29196baef56210286366cbaa0a3a47c285eba8fbd
districts.json $SYRIA/data/districts.json 80a7854c0c11c8614b80b119d278d70b1a3c7c973061f74b02bca34ee5d30ac0
subdistricts.json $SYRIA/data/subdistricts.json f4b4b5d2c284065f489b5ff31aebb3d4eec92e10052c0fc0a73cd25b6fc9199d
sources.json $SYRIA/data/sources.json 215f5280ee60d1e7c021ab6c1edc913d939c4c869894826e129e19ea1b58af53
LICENSE.md $SYRIA/LICENSE.md 1c86f933ff7aa8974cef95a7b1b9505fb58fc8ae4b879a54afed7794e6015b70
"

say() { echo "fetch-gazetteer: $*" >&2; }
die() { say "error: $*"; exit 1; }

offline_hint() {
  local host="${1#*://}"
  echo "Is this machine online, and can it reach ${host%%/*}? (RASD_FETCH_*_BASE point the script at a mirror)"
}

# download URL DEST: curl into DEST.part, then rename, so an interrupted run leaves no half file behind.
download() {
  local url="$1" dest="$2" rc=0
  say "downloading $url"
  curl -fsSL --retry 2 --connect-timeout 20 -o "$dest.part" "$url" || rc=$?
  if ((rc)); then
    rm -f "$dest.part"
    die "could not download $url (curl exit $rc). $(offline_hint "$url")"
  fi
  mv "$dest.part" "$dest"
}

# fetch_checked DEST URL SHA256: skips a DEST that already has the right checksum; a wrong one is fetched again.
fetch_checked() {
  local dest="$1" url="$2" want="$3" got
  if [[ -f "$dest" && $force -eq 0 ]]; then
    got=$(sha256sum "$dest" | cut -d' ' -f1)
    if [[ "$got" == "$want" ]]; then say "have $dest"; return; fi
    say "$dest has sha256 $got, expected $want: fetching it again"
  fi
  download "$url" "$dest"
  got=$(sha256sum "$dest" | cut -d' ' -f1)
  if [[ "$got" != "$want" ]]; then
    mv "$dest" "$dest.bad"
    die "$url: sha256 $got, expected $want (kept as $dest.bad); the upstream file changed or the download is damaged"
  fi
}

# Every output is written to a .part name and renamed when complete, so a failed run can simply be re-run.
gaz="$dir/gazetteer"
# Never write into a gazetteer folder this script did not make (such as the shared, hand-made copy).
marker="$gaz/.made-by-fetch-gazetteer"
if [[ -d "$gaz" && -n "$(ls -A "$gaz" 2>/dev/null)" && ! -f "$marker" ]]; then
  die "$gaz exists and was not made by this script; choose another DIR (it is used as it is: export RASD_DATA=$dir)"
fi
mkdir -p "$gaz/whosonfirst" "$gaz/naturalearth/raw" "$gaz/open-syria-data-geography" 2>/dev/null && [[ -w "$gaz/whosonfirst" ]] \
  || die "cannot write to $gaz (choose another DIR, or unset RASD_DATA if it names a read-only copy)"
touch "$marker"

# ---------------------------------------------------------------- Open-Syria (used as downloaded)
while read -r name url sha; do
  [[ -n "$name" ]] && fetch_checked "$gaz/open-syria-data-geography/$name" "$url" "$sha"
done <<<"$SYRIA_FILES"

# ---------------------------------------------------------------- Natural Earth
while read -r name url sha; do
  [[ -n "$name" ]] && fetch_checked "$gaz/naturalearth/raw/$name" "$url" "$sha"
done <<<"$NE_FILES"
ne_out="$gaz/naturalearth"
if [[ $force -eq 1 || ! -f "$ne_out/countries.tsv" || ! -f "$ne_out/admin1.tsv" || ! -f "$ne_out/populated_places.tsv" ]]; then
  python3 "$converters/naturalearth_tsv.py" "$gaz/naturalearth/raw" "$ne_out" || die "Natural Earth conversion failed"
else
  say "have $ne_out/{countries,admin1,populated_places}.tsv"
fi

# ---------------------------------------------------------------- Who's On First
countries=()
declare -A pin=()
while read -r cc commit; do
  [[ -n "$cc" ]] || continue
  pin[$cc]=$commit
  countries+=("$cc")
done <<<"$WOF_PINS"
if [[ -n "${RASD_WOF_COUNTRIES:-}" ]]; then
  subset=()
  for cc in $RASD_WOF_COUNTRIES; do
    [[ -n "${pin[$cc]:-}" ]] || die "RASD_WOF_COUNTRIES: '$cc' is not one of the 34 countries"
    subset+=("$cc")
  done
  countries=("${subset[@]}")
fi

wof="$gaz/whosonfirst"
ndjson=()
rebuilt=0
for cc in "${countries[@]}"; do
  out="$wof/whosonfirst-data-admin-$cc.properties.ndjson.xz"
  ndjson+=("$out")
  if [[ -f "$out" && $force -eq 0 ]]; then say "have $out"; continue; fi
  rebuilt=1
  if [[ "$wof_mode" == tar ]]; then
    url="$CODELOAD/whosonfirst-data/whosonfirst-data-admin-$cc/tar.gz/${pin[$cc]}"
    say "streaming $url (geometries are dropped on the fly)"
    # Both exit codes are needed (a failed download also makes the extractor fail); `|| true` keeps
    # set -e from ending the script before the message below.
    status=(0 0)
    { curl -fSL --progress-bar --retry 2 --connect-timeout 20 "$url" \
        | python3 "$converters/wof_extract.py" tar - "$out"; status=("${PIPESTATUS[@]}"); } || true
    if ((status[0])); then
      rm -f "$out" "$out.part"
      die "could not download $url (curl exit ${status[0]}). $(offline_hint "$url")"
    fi
    ((status[1] == 0)) || { rm -f "$out" "$out.part"; die "$url: could not extract WOF properties"; }
  else
    url="$WOF_SQLITE/whosonfirst-data-admin-$cc-latest.db.bz2"
    tmp="$wof/.whosonfirst-data-admin-$cc-latest.db"
    download "$url" "$tmp.bz2"
    python3 -c 'import bz2, shutil, sys
with bz2.open(sys.argv[1]) as i, open(sys.argv[2], "wb") as o: shutil.copyfileobj(i, o, 1 << 20)' "$tmp.bz2" "$tmp" \
      || { rm -f "$tmp"; die "$tmp.bz2: not a bzip2 file (kept for inspection)"; }
    rm -f "$tmp.bz2"
    python3 "$converters/wof_extract.py" sqlite "$tmp" "$out" || { rm -f "$tmp"; die "$url: could not extract WOF properties"; }
    rm -f "$tmp"
  fi
done

flat="$wof/wof_places_flat.tsv.xz"
# Which countries the table holds, so that a run with another RASD_WOF_COUNTRIES rebuilds it.
stamp="$wof/.wof_places_flat.countries"
if [[ $force -eq 1 || $rebuilt -eq 1 || ! -f "$flat" || "$(cat "$stamp" 2>/dev/null)" != "${countries[*]}" ]]; then
  rm -f "$stamp"
  python3 "$converters/wof_flat.py" "$flat" "${ndjson[@]}" || die "WOF flat table failed"
  echo "${countries[*]}" >"$stamp"
  if [[ "$wof_mode" == tar && ${#countries[@]} -eq 34 ]]; then
    got=$(python3 -c 'import lzma, hashlib, sys; print(hashlib.sha256(lzma.open(sys.argv[1]).read()).hexdigest())' "$flat")
    if [[ "$got" == "$WOF_FLAT_SHA256" ]]; then
      say "$flat is identical to the reference table (sha256 of the uncompressed TSV)"
    else
      say "warning: $flat differs from the reference table (sha256 $got); it is usable, but report it"
    fi
  fi
else
  say "have $flat"
fi

abs="$(cd "$dir" && pwd)"
echo "Gazetteer sources are in $abs/gazetteer. Use them with:"
echo "  export RASD_DATA=$abs"
echo "  rasd gazetteer build        # or, without the variable: rasd gazetteer build --data $abs"
