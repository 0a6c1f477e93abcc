#!/usr/bin/env bash
# Installs what the browser tests need beyond npm: Debian's Chromium (driven by playwright-core, which
# never downloads a browser) and fonts for legible screenshots. Uses apt-get as root, sudo otherwise.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium_path" ] && fc-list 2>/dev/null | grep -qi liberation; then
	echo "Chromium found at $chromium_path"
	exit 0
fi
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq chromium fonts-liberation >/dev/null
echo "Installed $("$chromium_path" --version 2>/dev/null | tail -n 1)"
