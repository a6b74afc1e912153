#!/usr/bin/env bash
# Installs code-server (VS Code in a browser) and playwright-core into DIR (a build folder) from the npm registry,
# building its native modules against the machine's Node 20 headers (/usr/include/node: node-gyp downloads nothing)
# and taking ripgrep from Debian, since the packages' own install scripts would download from GitHub.
# An install whose package-lock.json matches this one is reused.
# Needs: node 20, npm, a C++ compiler, libkrb5-dev (kerberos), ripgrep. Usage: install.sh DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dir=$1
mkdir -p "$dir"
if [ -f "$dir/installed" ] && cmp -s "$here/package-lock.json" "$dir/installed"; then
  exit 0
fi
rm -f "$dir/installed"
rg=$(command -v rg) || { echo "install.sh: code-server 需要 ripgrep（Debian: apt-get install ripgrep）" >&2; exit 1; }
cp "$here/package.json" "$here/package-lock.json" "$here/.npmrc" "$dir/"
cd "$dir"
npm ci --ignore-scripts --no-audit --no-fund
npm rebuild argon2 --nodedir=/usr

cd node_modules/code-server/lib/vscode
# npm-shrinkwrap.json pins these; their own install scripts fetch binaries, so they are built here instead
npm install --omit=dev --ignore-scripts --no-audit --no-fund
npm rebuild kerberos @parcel/watcher @vscode/spdlog @vscode/deviceid native-watchdog --nodedir=/usr
# node-pty's install script builds pty.node, then fails on an `npx node-gyp` it would fetch: only pty.node counts
npm rebuild node-pty --nodedir=/usr >"$dir/node-pty.log" 2>&1 || true
[ -f node_modules/node-pty/build/Release/pty.node ] || { cat "$dir/node-pty.log" >&2; echo "install.sh: node-pty 未能编译" >&2; exit 1; }
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sfn "$rg" node_modules/@vscode/ripgrep/bin/rg
# the links code-server's own postinstall.sh makes
ln -sfn node_modules node_modules.asar
ln -sfn code-linux.sh bin/remote-cli/code-server
ln -sfn browser-linux.sh bin/helpers/browser.sh
(cd extensions && npm install --omit=dev --ignore-scripts --no-audit --no-fund)

cd "$dir"
cp "$here/package-lock.json" installed
