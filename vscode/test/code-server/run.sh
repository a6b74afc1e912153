#!/usr/bin/env bash
# The extension's .vsix in a real VS Code: code-server installed into vscode/target/code-server (install.sh, reused
# while package-lock.json is unchanged), driven in Debian's headless Chromium by playwright-core (vscode.test.mjs).
# Screenshots go to vscode/target/screenshots. Run by releng/dist at integration-test, after vscode/build.sh.
# Usage: run.sh   (after vscode/build.sh; JAVA_HOME: the Java the extension starts the language server with)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
vscode=$(cd "$here/../.." && pwd)
target=$vscode/target
VSIX=$(ls "$vscode"/gongkai-*.vsix) || { echo "run.sh: 先用 vscode/build.sh 生成 .vsix" >&2; exit 1; }
export VSIX
export CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$CHROMIUM" ]; then
  echo "run.sh: VS Code 的浏览器测试需要 Chromium（Debian: apt-get install chromium）：$CHROMIUM" >&2
  exit 1
fi
start=$SECONDS
"$here/install.sh" "$target/code-server"
echo "run.sh: code-server ready in $((SECONDS - start)) s"
export CODE_SERVER_DIR=$target/code-server SESSION_DIR=$target/code-server-session SCREENSHOTS=$target/screenshots
REPOSITORY=$(cd "$vscode/.." && pwd)
export REPOSITORY
node --test "$here/vscode.test.mjs"
echo "run.sh: done in $((SECONDS - start)) s"
