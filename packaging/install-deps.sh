#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Installs the Debian 12 packages Sportello needs to build, run and test. Idempotent: when all
# are present it costs one dpkg-query call and installs nothing.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ pkg-config clang libclang-rt-14-dev clang-format
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qtkeychain-qt6-dev libsodium-dev libqrencode-dev libsqlite3-dev
    qt6-httpserver-dev qt6-websockets-dev
    # build: the call display's chime and voice (optional in CMake, installed so that they are built;
    # Qt6TextToSpeech's CMake files need Qt6QmlIntegration, which qt6-speech-dev forgets to depend on)
    qt6-multimedia-dev qt6-speech-dev qt6-declarative-dev
    # run
    libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-translations-l10n fonts-dejavu-core
    # run: Qt's TLS backend loads OpenSSL at run time (HTTPS to and from sportello-server)
    libssl3 ca-certificates
    # test: a private D-Bus session with gnome-keyring for the keychain, Xvfb for a real window
    dbus dbus-x11 gnome-keyring libsecret-tools xvfb xauth sqlite3
    # test: pdftotext reads back the text of the printed tickets (PDF)
    poppler-utils
    # test: throwaway certificates for the HTTPS tests
    openssl
    # test: a throwaway PostgreSQL cluster started by run-tests.sh for the server's PostgreSQL backend
    postgresql
)

missing=()
installed=$(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "${packages[@]}" 2>/dev/null || true)
for package in "${packages[@]}"; do
    grep -qx "$package installed" <<<"$installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing packages: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
