#!/usr/bin/env bash
# Installs what rasd needs on Debian 12 (run as root or with sudo available), then configures and
# builds it into build/. Safe to re-run: apt skips what is installed, CMake rebuilds what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  cmake g++ make pkg-config python3 curl
  libsimdjson-dev libcli11-dev liblzma-dev libicu-dev
  libgumbo-dev zlib1g-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libsqlite3-dev libpqxx-dev postgresql
  libcpp-httplib-dev chromium python3-pandas
)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js and npm for the web page (web/): any node >= 18 already on PATH will do (Debian's or another
# vendor's, which bundles npm), so they are checked as commands, not as Debian package names.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if ((${#missing[@]})); then
  SUDO=""
  [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi

# PostgreSQL for the store tests (src/store/store_test.cc): start the local cluster when it is down
# (containers have no systemd), then a database rasd_test owned by a role named after the user who
# runs the tests, reached over the unix socket: postgresql:///rasd_test (RASD_TEST_POSTGRES_URL
# overrides it).
if command -v pg_lsclusters >/dev/null 2>&1; then
  if [[ $(id -u) -eq 0 ]]; then AS_PG=(runuser -u postgres --); ROOT=(); else AS_PG=(sudo -u postgres); ROOT=(sudo); fi
  if [[ -z "$(pg_lsclusters -h 2>/dev/null)" ]]; then
    "${ROOT[@]}" pg_createcluster "$(ls /usr/lib/postgresql | sort -n | tail -1)" main
  fi
  pg_lsclusters -h | while read -r ver name _port status _rest; do
    [[ $status == online* ]] || "${ROOT[@]}" pg_ctlcluster "$ver" "$name" start
  done
  me=$(id -un)
  ( cd / && "${AS_PG[@]}" psql -qtAc "SELECT 1 FROM pg_roles WHERE rolname = '$me'" | grep -q 1 ||
      "${AS_PG[@]}" psql -qc "CREATE ROLE \"$me\" LOGIN" )
  ( cd / && "${AS_PG[@]}" psql -qtAc "SELECT 1 FROM pg_database WHERE datname = 'rasd_test'" | grep -q 1 ||
      "${AS_PG[@]}" createdb -O "$me" rasd_test )
fi

# The web page's npm packages, exactly as locked; skipped when the lock file has not changed since the
# last install (the build then bundles the page into build/web/, see web/CMakeLists.txt).
if ! cmp -s web/package-lock.json web/node_modules/.rasd-installed-lock 2>/dev/null; then
  ( cd web && npm ci --no-audit --no-fund --loglevel=error && cp package-lock.json node_modules/.rasd-installed-lock )
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release ${RASD_CMAKE_FLAGS:-}
cmake --build build -j "$(nproc)"
