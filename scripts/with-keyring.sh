#!/usr/bin/env bash
# Usage: scripts/with-keyring.sh CMD [ARGS...]
#
# Runs CMD where an OS keychain (a Secret Service on D-Bus) answers, so the vault's keyring
# tests exercise the real thing instead of skipping:
# - inside a desktop session whose Secret Service is already running, CMD just runs;
# - otherwise (CI, containers, ssh) CMD runs in a private D-Bus session with its own
#   gnome-keyring, unlocked with a random throwaway password. Its keyring files live in a
#   temp folder, so the user's real keyrings are neither read nor changed (an existing
#   login.keyring with another password would also stay locked and make every write fail).
# When dbus-run-session or gnome-keyring-daemon is missing, CMD runs as is and the keyring
# tests print why they skip.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 CMD [ARGS...]" >&2
  exit 2
fi

secret_service_running() {
  [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] || return 1
  command -v dbus-send >/dev/null 2>&1 || return 1
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'
}

if secret_service_running; then
  exec "$@"
fi

if ! command -v dbus-run-session >/dev/null 2>&1 || ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
  echo "with-keyring: dbus-run-session or gnome-keyring-daemon not installed; running without a keychain" >&2
  exec "$@"
fi

keyring_home="$(mktemp -d "${TMPDIR:-/tmp}/vigie-keyring.XXXXXX")"
# Not exec'd: the trap removes the throwaway keyring once the session is over. The daemon
# can still be writing to it for a moment after the bus goes away, hence the retries.
cleanup() {
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    rm -rf "$keyring_home" 2>/dev/null && return 0
    sleep 0.2
  done
  echo "with-keyring: could not remove $keyring_home" >&2
}
trap cleanup EXIT

# The password never reaches argv (visible in ps): it goes through an environment variable
# to the daemon's stdin, and is dropped before CMD starts.
VIGIE_KEYRING_PASSWORD="$(head -c 24 /dev/urandom | base64)" VIGIE_KEYRING_HOME="$keyring_home" \
  dbus-run-session -- bash -c '
    set -eu
    printf "%s" "$VIGIE_KEYRING_PASSWORD" |
      XDG_DATA_HOME="$VIGIE_KEYRING_HOME" gnome-keyring-daemon --unlock --components=secrets >/dev/null
    unset VIGIE_KEYRING_PASSWORD VIGIE_KEYRING_HOME
    exec "$@"
  ' with-keyring "$@"
