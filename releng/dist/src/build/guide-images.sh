#!/usr/bin/env bash
# The screenshots docs/使用说明.md shows, refreshed from those the UI tests of this build took (a test that did not run
# leaves its image as it was): the workbench page (workbench/src/test/page), the Eclipse plug-in (language.ui.tests) and
# VS Code (vscode/test/code-server). Run by make-dist.sh before it packs the guide, and by releng/dist at verify, after
# the VS Code test. Usage: guide-images.sh ROOT
set -euo pipefail
root=$(cd "$1" && pwd)
images="$root/docs/images"
mkdir -p "$images"
while read -r from to; do
  if [ -f "$root/$from" ]; then cp "$root/$from" "$images/$to"; fi
done <<'LIST'
workbench/target/screenshots/zeku-errors.png workbench.png
workbench/target/screenshots/next-year-form.png next-year.png
workbench/target/screenshots/quick-fix.png quick-fix.png
workbench/target/screenshots/imported.png imported.png
language.ui.tests/target/screenshot-editor-markers.png eclipse.png
vscode/target/screenshots/vscode-problems.png vscode.png
LIST
