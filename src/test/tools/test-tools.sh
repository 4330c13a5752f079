#!/usr/bin/env bash
# Makes sure the machine has what the tests use besides Java: Chromium and its driver (browser tests),
# Node.js (the frontend's node tests) and a PostgreSQL server (the "postgres" profile test starts a
# throw-away cluster of its own). Maven runs this before the tests (pom.xml, execution "test-tools").
#
# Root on Debian or Ubuntu: installs whatever is missing from the distribution's packages.
# Anywhere else: installs nothing, names what is missing and how to install it, and fails, because no
# test is skipped for a missing tool.
#
# Other locations can be given with LSTM_EXPLORER_CHROMIUM, LSTM_EXPLORER_CHROMEDRIVER and
# LSTM_EXPLORER_PG_BIN (the directory holding initdb, pg_ctl and postgres).
set -uo pipefail

chromium="${LSTM_EXPLORER_CHROMIUM:-/usr/bin/chromium}"
chromedriver="${LSTM_EXPLORER_CHROMEDRIVER:-/usr/bin/chromedriver}"

pg_bin() {
  if [[ -n "${LSTM_EXPLORER_PG_BIN:-}" ]]; then echo "$LSTM_EXPLORER_PG_BIN"; return; fi
  local debian
  debian="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  if [[ -n "$debian" ]]; then echo "$debian"; return; fi
  local initdb
  initdb="$(command -v initdb 2>/dev/null)" && dirname "$initdb"
}

# The Debian packages that are missing, one per line.
missing_packages() {
  [[ -x "$chromium" ]] || echo chromium
  [[ -x "$chromedriver" ]] || echo chromium-driver
  command -v node >/dev/null 2>&1 || echo nodejs
  local bin
  bin="$(pg_bin)"
  [[ -n "$bin" && -x "$bin/initdb" && -x "$bin/pg_ctl" ]] || echo postgresql
}

mapfile -t missing < <(missing_packages)
if ((${#missing[@]})); then
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "test tools: installing ${missing[*]} (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
      || { echo "test tools: apt-get install ${missing[*]} failed" >&2; exit 1; }
    mapfile -t missing < <(missing_packages)
  fi
fi
if ((${#missing[@]})); then
  cat >&2 <<EOF
The tests need ${missing[*]}, which this machine lacks, and this script installs them only as root
with apt-get. Install them, then run the tests again:
  Debian or Ubuntu:  sudo apt-get install ${missing[*]}
  elsewhere:         Chromium and its ChromeDriver of the same version, Node.js 18 or later, and a
                     PostgreSQL server (initdb, pg_ctl); point LSTM_EXPLORER_CHROMIUM,
                     LSTM_EXPLORER_CHROMEDRIVER and LSTM_EXPLORER_PG_BIN at them if they are not at
                     /usr/bin/chromium, /usr/bin/chromedriver and /usr/lib/postgresql/*/bin.
EOF
  exit 1
fi

bin="$(pg_bin)"
echo "test tools: $("$chromium" --version 2>/dev/null | head -n 1); $("$chromedriver" --version | cut -d' ' -f1-2);" \
  "node $(node --version); $("$bin/postgres" --version)"
