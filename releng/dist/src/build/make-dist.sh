#!/usr/bin/env bash
# Builds the release from what the build made (releng/dist/pom.xml runs it at package):
#   target/gongkai-VERSION.zip            what a clerk needs: gongkai.jar, launchers, double-click starters, examples,
#                                          the guide (docs/使用说明.md, and as 使用说明.html; the commands' cli.md too);
#   target/gongkai-VERSION-linux-x64.zip  the same with runtime/: a Java runtime made by jlink from the build's JDK,
#                                          with only the modules the jar needs (jdeps, and jdk.zipfs); at most 80 MB
#                                          (check-dist);
#   beside them, for who uses an editor: target/gongkai-VERSION-vscode.vsix (the VS Code extension, built here by
#   vscode/build.sh; it carries the jar itself) and target/gongkai-VERSION-eclipse-site.zip (the Eclipse update site).
# Runtimes for other platforms need a JDK of that platform (jlink of it, on a release machine): unpack the first zip
# and add runtime/ from `jlink --add-modules "$(cat target/runtime-modules)" ...` run with that JDK's jmods.
set -euo pipefail
root=$(cd "$1" && pwd)
version=$2
out=$3
dist="$root/releng/dist"
jar="$root/releng/cli/target/gongkai.jar"
site=$(ls "$root"/releng/repository/target/org.gongkai.repository-*.zip)
[ -f "$jar" ] || { echo "make-dist: $jar is missing" >&2; exit 1; }

"$root/vscode/build.sh"
vsix=$(ls "$root"/vscode/gongkai-*.vsix)

name="gongkai-$version"
stage="$out/stage/$name"
rm -rf "$out/stage" "$out/$name.zip" "$out/$name-linux-x64.zip"
mkdir -p "$stage/examples"
cp "$vsix" "$out/$name-vscode.vsix"
cp "$site" "$out/$name-eclipse-site.zip"
cp "$jar" "$stage/"
cp -p "$dist"/src/dist/* "$stage/"
cp "$root"/examples/*.gongkai "$stage/examples/"
# the guide, with the screenshots this build's UI tests took, as Markdown and as pages a browser opens
"$dist/src/build/guide-images.sh" "$root"
mkdir -p "$stage/images"
cp "$root/docs/使用说明.md" "$root/docs/cli.md" "$stage/"
cp "$root"/docs/images/*.png "$stage/images/"
for page in 使用说明 cli; do
  "$JAVA_HOME/bin/java" -cp "$jar" "$dist/src/build/RenderGuide.java" "$root/docs/$page.md" "$stage/$page.html"
done
(cd "$out/stage" && zip -qrX -9 "../$name.zip" "$name")

# the modules jdeps finds the jar using, and jdk.zipfs, a service it cannot see: the workbench's Jetty serves its page
# from inside the jar through the zip file system
modules=$("$JAVA_HOME/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 "$jar"),jdk.zipfs
echo "$modules" > "$out/runtime-modules"
# the modules' classes stored uncompressed (zip-0): the release zip then compresses the image whole, 7.6 MB less
# than jlink's zip-9 of each class, which the zip cannot shrink again
"$JAVA_HOME/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files --compress=zip-0 \
  --generate-cds-archive \
  --output "$stage/runtime"
# the class-data archive for heaps over 32 GB (compressed references off) is never used by a clerk's machine: 4 MB less
rm -f "$stage/runtime/lib/server/classes_nocoops.jsa"
# the native libraries without their symbol tables (jlink's --strip-native-debug-symbols removes debug sections only,
# which the JDK's libraries do not have): libjvm.so alone 1.5 MB less in the zip
strip --strip-unneeded "$stage"/runtime/lib/*.so "$stage"/runtime/lib/server/*.so
(cd "$out/stage" && zip -qrX -9 "../$name-linux-x64.zip" "$name")
echo "make-dist: wrote $out/$name.zip and $out/$name-linux-x64.zip (runtime: $modules), and beside them" \
  "$name-vscode.vsix and $name-eclipse-site.zip"
