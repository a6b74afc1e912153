#!/usr/bin/env bash
# Builds the workbench's page (src/main/page) into the jar's resources: npm, the machine's own (never a downloaded
# Node), installs Monaco and esbuild from package-lock.json when node_modules is missing or older than the lock;
# esbuild bundles the page and Monaco's editor worker. Usage: build-page.sh PAGE_DIR OUT_DIR
set -euo pipefail
page=$1
out=$2
if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
  echo "build-page.sh: 构建工作台页面需要 Node.js 和 npm（Debian: apt-get install npm）" >&2
  exit 1
fi
cd "$page"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
node build.mjs "$out"
