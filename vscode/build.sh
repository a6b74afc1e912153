#!/usr/bin/env bash
# Builds the VS Code extension into vscode/gongkai-<version>.vsix: npm packages (npm's default registry only),
# the TextMate grammar from Gongkai.xtext, tsc, the grammar tests, the server jar, vsce.
# Needs node 20+ and npm, and releng/cli/target/gongkai.jar (built by `./mvnw -B verify` or
# `./mvnw -B -pl releng/cli -am package -DskipTests`).
set -euo pipefail
cd "$(dirname "$0")"

command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || {
  echo "vscode/build.sh: node and npm are needed (Debian: apt-get install nodejs npm)" >&2
  exit 2
}
jar=../releng/cli/target/gongkai.jar
if [ ! -f "$jar" ]; then
  echo "vscode/build.sh: $jar is missing: build it first with ./mvnw -B verify (or ./mvnw -B -pl releng/cli -am package -DskipTests)" >&2
  exit 2
fi

if [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund
else
  npm install --no-audit --no-fund
fi
node scripts/keywords.mjs                               # syntaxes/gongkai.tmLanguage.json from Gongkai.xtext
npx --no-install tsc -p ./                              # src/extension.ts -> out/extension.js
npx --no-install vscode-tmgrammar-test "test/*.test.gongkai"   # scopes asserted line by line
node test/examples.mjs ../examples                      # every example tokenizes, blocks close, no unknown word

rm -rf server
mkdir -p server
cp "$jar" server/gongkai.jar
# out/extension.js against a stand-in vscode API and the jar; a JDK 21+ (.ci/jdk) for the class-data archive's test
GONGKAI_TEST_JAVA19=$(. ../.ci/jdk && echo "$JAVA_HOME") node test/extension.test.mjs

version=$(node -p "require('./package.json').version")
rm -f ./*.vsix
npx --no-install vsce package --allow-missing-repository --skip-license --out "gongkai-$version.vsix" </dev/null
echo "vscode/build.sh: wrote vscode/gongkai-$version.vsix"
