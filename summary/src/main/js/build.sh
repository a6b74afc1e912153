#!/usr/bin/env bash
# Writes the charts script of summary.html: Apache ECharts trimmed to what the page draws (charts.js), bundled and
# minified by esbuild into OUTFILE. Run by Maven at generate-resources (summary/pom.xml):
#   bash src/main/js/build.sh OUTFILE
# npm fetches node_modules once from package-lock.json (npm's registry); after that it runs offline.
set -euo pipefail
out=$1
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
sources=(package-lock.json src/main/js/charts.js src/main/js/build.mjs src/main/js/build.sh)
fresh=true
for source in "${sources[@]}"; do
  [ -f "$out" ] && [ "$out" -nt "$source" ] || fresh=false
done
if $fresh; then
  exit 0
fi
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "summary: node and npm are needed to bundle the charts of summary.html (Debian: apt-get install nodejs npm)" >&2
  exit 2
fi
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  if ! npm ci --no-audit --no-fund >&2; then
    echo "summary: npm could not install echarts and esbuild (package-lock.json) from the npm registry" >&2
    exit 2
  fi
fi
mkdir -p "$(dirname "$out")"
node src/main/js/build.mjs "$out"
