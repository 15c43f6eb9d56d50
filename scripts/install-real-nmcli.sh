#!/usr/bin/env bash
# Real nmcli for the tier-2 Wi-Fi tests (wifi.md §5, issue #14): NetworkManager's nmcli and libnm
# unpacked into a folder with dpkg -x, never installed, so no NetworkManager daemon can start;
# python3-dbusmock and dbus from Debian for the mock daemon and its private bus.
# Idempotent. Needs root (apt-get) on Debian 12 with only the Debian archive reachable.
# Target: $PHOTON_NMCLI_ROOT, else test/.cache/nmcli (gitignored).
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive

ROOT="${PHOTON_NMCLI_ROOT:-$PWD/test/.cache/nmcli}"
# The packages whose files make up nmcli: the binary, and its one library outside Debian's base.
NM_PACKAGES=(network-manager libnm0)

say() { echo "::: real nmcli: $*"; }

apt_updated=0
apt_update_once() {
  if [ "$apt_updated" = 0 ]; then
    apt-get update -q >/dev/null
    apt_updated=1
  fi
}

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

# A package apt has never heard of (fresh machine, empty lists) needs an update first.
known() { apt-cache policy "$1" 2>/dev/null | grep -q 'Candidate: [^(]'; }

lib_dirs() {
  find "$1" -name '*.so*' \( -type f -o -type l \) -printf '%h\n' 2>/dev/null | sort -u | paste -sd: -
}

# Sonames nmcli cannot resolve, given the unpacked tree's libraries plus the system's.
missing_libs() {
  local tree="$1"
  LD_LIBRARY_PATH="$(lib_dirs "$tree")" ldd "$tree/usr/bin/nmcli" 2>/dev/null |
    awk '/not found/ { print $1 }'
}

nmcli_version() {
  local tree="$1"
  [ -x "$tree/usr/bin/nmcli" ] &&
    LD_LIBRARY_PATH="$(lib_dirs "$tree")" "$tree/usr/bin/nmcli" --version 2>/dev/null
}

nmcli_runs() { nmcli_version "$1" >/dev/null; }

# --- 1. python3-dbusmock and dbus: ordinary Debian packages, nothing here starts a daemon.
if installed python3-dbusmock && installed dbus && /usr/bin/python3 -c 'import dbusmock' 2>/dev/null; then
  say "python3-dbusmock and dbus are installed"
else
  say "installing python3-dbusmock and dbus"
  known python3-dbusmock || apt_update_once
  apt-get install -y -q --no-install-recommends python3-dbusmock dbus >/dev/null
fi

# --- 2. nmcli and libnm, unpacked.
if nmcli_runs "$ROOT"; then
  say "$(nmcli_version "$ROOT") already unpacked in $ROOT"
  exit 0
fi

for package in "${NM_PACKAGES[@]}"; do known "$package" || apt_update_once; done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# apt-get download drops privileges to _apt; it needs to write to the folder.
if id _apt >/dev/null 2>&1; then chown _apt "$work"; fi
staging="$work/tree"
mkdir -p "$staging"

unpack() {
  (cd "$work" && apt-get download -q "$@" >/dev/null)
  for package in "$@"; do
    dpkg -x "$work/${package}"_*.deb "$staging"
  done
}

say "downloading ${NM_PACKAGES[*]}"
unpack "${NM_PACKAGES[@]}"

# On a trimmed-down machine libnm's own libraries may be missing too: unpack every library
# package in their dependency closure that is not installed, then check again.
if [ -n "$(missing_libs "$staging")" ]; then
  mapfile -t closure < <(
    apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
      --no-replaces --no-enhances libnm0 libreadline8 2>/dev/null |
      awk '/^lib[^ ]*$/ { print $1 }' | sort -u
  )
  extra=()
  for package in "${closure[@]}"; do
    [ "$package" = libnm0 ] && continue
    installed "$package" || extra+=("$package")
  done
  if [ "${#extra[@]}" -gt 0 ]; then
    say "unpacking libraries nmcli needs: ${extra[*]}"
    unpack "${extra[@]}"
  fi
fi

still_missing="$(missing_libs "$staging")"
if [ -n "$still_missing" ]; then
  echo "::: real nmcli: nmcli still cannot find: $still_missing" >&2
  exit 1
fi
if ! nmcli_runs "$staging"; then
  echo "::: real nmcli: the unpacked nmcli does not run (nmcli --version failed)" >&2
  exit 1
fi

# Swap the finished tree in whole, so an interrupted run never leaves half a tree behind.
mkdir -p "$(dirname "$ROOT")"
rm -rf "$ROOT"
mv "$staging" "$ROOT"
say "$(nmcli_version "$ROOT") unpacked in $ROOT"
