#!/usr/bin/env bash
# Install the Debian packages the tests drive: the browser, the web server the site ships with, and what the
# course's example project runs on. The README's test command and CI (.ci/run) both start here.
#
# Works as root without sudo (a fresh container) and as a normal user with sudo (a desktop). Installs only
# what is missing, and refreshes the package lists first, since a fresh container has none.
set -euo pipefail

packages=(chromium nginx redis-server python3-flask python3-redis wrk)

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-system-packages: apt-get not found. This script installs Debian packages; on another system," >&2
  echo "install these by hand, with Chromium at /usr/bin/chromium: ${packages[*]}" >&2
  exit 1
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-system-packages: ${packages[*]} already installed."
  exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "install-system-packages: ${missing[*]} must be installed, which needs root." >&2
    echo "Run this again as root, or install sudo and make your user a sudoer." >&2
    exit 1
  fi
  as_root=(sudo)
fi

echo "install-system-packages: installing ${missing[*]}"
# `env` passes DEBIAN_FRONTEND through sudo, which drops variables set on its command line by default.
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
