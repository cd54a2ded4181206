#!/usr/bin/env bash
# Installs what rasd needs on Debian 12 (run as root or with sudo available), then configures and
# builds it into build/. Safe to re-run: apt skips what is installed, CMake rebuilds what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  cmake g++ make pkg-config python3
  libsimdjson-dev libcli11-dev liblzma-dev libicu-dev
  libgumbo-dev zlib1g-dev
  libgtest-dev libgmock-dev libbenchmark-dev
)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""
  [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release ${RASD_CMAKE_FLAGS:-}
cmake --build build -j "$(nproc)"
