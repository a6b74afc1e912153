#!/usr/bin/env bash
# The page's browser test (src/test/page, node --test with playwright-core) against gongkai serve run from this
# build's classes, in Debian's Chromium. Screenshots go to target/screenshots.
# Usage: test-page.sh MODULE_DIR BUILD_DIR JAVA CLASSPATH
set -euo pipefail
module=$1
build=$2
export GONGKAI_JAVA=$3 GONGKAI_CLASSPATH=$4
export PAGE_DIR="$module/src/main/page" EXAMPLES="$module/../examples" SCREENSHOTS="$build/screenshots"
export CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$CHROMIUM" ]; then
  echo "test-page.sh: 浏览器测试需要 Chromium（Debian: apt-get install chromium）：$CHROMIUM" >&2
  exit 1
fi
node --test "$module/src/test/page/"
