#!/usr/bin/env bash
# Tests the release as a user meets it (releng/dist/pom.xml runs it at verify): the zip with the runtime at most 80 MB;
# unpacked into a folder whose path holds spaces and Chinese characters, run through its launchers with only the
# bundled runtime and a PATH without Java: validate, generate, new, an LSP session and the workbench (serve); the
# release without a runtime says in Chinese what to install; the shell launchers pass bash -n and shellcheck; the AOT
# caches (Java 25+) or class-data archives are made in the user's cache and used; the Windows launcher is read for its
# order of Java discovery, its quoting and its line ends (there is no Windows here to run it).
set -euo pipefail
version=$1
out=$(cd "$2" && pwd)
name="gongkai-$version"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "check-dist: $*" >&2; exit 1; }

# what the zips hold
listing=$(unzip -Z1 "$out/$name.zip")
for entry in gongkai.jar gongkai gongkai.cmd "Gongkai 工作台.cmd" "Gongkai 工作台.desktop" "Gongkai 工作台.command" 使用说明.md \
    使用说明.html images/workbench.png cli.html examples/gongbujiangda-2023.gongkai; do
  grep -qxF "$name/$entry" <<<"$listing" || fail "$name.zip lacks $entry"
done
# the guide a browser opens shows its screenshots and links the commands' page
guide=$(unzip -p "$out/$name.zip" "$name/使用说明.html")
grep -q '<img src="images/workbench.png"' <<<"$guide" || fail "使用说明.html shows no screenshot of the workbench"
grep -q 'href="cli.html"' <<<"$guide" || fail "使用说明.html does not link cli.html"
# the editors' files are offered beside the release, not in it (the .vsix carries the jar a second time)
! grep -q "\.vsix$\|repository" <<<"$listing" || fail "$name.zip holds an editor's files"
[ -s "$out/$name-vscode.vsix" ] || fail "$name-vscode.vsix is not beside the release"
grep -qxF "extension/server/gongkai.jar" <<<"$(unzip -Z1 "$out/$name-vscode.vsix")" || fail "$name-vscode.vsix lacks its jar"
grep -qxF "content.jar" <<<"$(unzip -Z1 "$out/$name-eclipse-site.zip")" || fail "$name-eclipse-site.zip is no update site"
! grep -q "^$name/runtime/" <<<"$listing" || fail "$name.zip holds a runtime"
# the listing read whole first: grep -q stops at the match, and unzip, still writing, would die of SIGPIPE (pipefail)
grep -qxF "$name/runtime/bin/java" <<<"$(unzip -Z1 "$out/$name-linux-x64.zip")" || fail "the linux-x64 zip lacks runtime/bin/java"
# a download of at most 80 MB (issue 25)
size=$(wc -c <"$out/$name-linux-x64.zip")
[ "$size" -le 80000000 ] || fail "$name-linux-x64.zip is $size bytes, more than 80 MB"

# a PATH with no Java on it: only what the launcher uses
nojava="$work/bin"
mkdir "$nojava"
for tool in sh sed head mkdir cksum ls rm sleep nice mv; do ln -s "$(command -v "$tool")" "$nojava/$tool"; done
place="$work/发布 测试/公开 年报"
mkdir -p "$place"
(cd "$place" && unzip -q "$out/$name-linux-x64.zip")
home="$place/$name"
# no locale either (LANG unset, as in a bare environment): the launcher must still open paths in Chinese
# the AOT cache (Java 25+) is trained at once here, not after the launcher's pause
gongkai() { env -i HOME="$work" PATH="$nojava" GONGKAI_TRAIN_DELAY=0 "$home/gongkai" "$@"; }

gongkai --version | grep -q "^gongkai " || fail "--version"
reports="$work/报告 文件夹"
cp -r "$home/examples" "$reports"
status=0
gongkai validate "$reports" >"$work/validate.txt" 2>&1 || status=$?
[ "$status" = 1 ] || fail "validate of the examples exited $status, not 1: $(cat "$work/validate.txt")"
grep -q "zeku-2023.gongkai:.*\[apply.balance\]" "$work/validate.txt" || fail "validate did not report zeku's apply.balance"
gongkai generate -o "$work/输出 文件" "$reports/gongbujiangda-2023.gongkai" >/dev/null 2>&1 || fail "generate"
for document in gongbujiangda-2023.html gongbujiangda-2023.docx; do
  [ -s "$work/输出 文件/$document" ] || fail "generate did not write $document"
done
mkdir "$work/新 报告"
gongkai new --organ "某县人民政府" --year 2024 -o "$work/新 报告" >/dev/null 2>&1 || fail "new"
[ -s "$work/新 报告/某县人民政府2024.gongkai" ] || fail "new did not write 某县人民政府2024.gongkai"

# the language server through the launcher: initialize answered, then shutdown and exit, stdout only JSON-RPC
lsp_session() {
python3 - "$home/gongkai" "$work" "$nojava" <<'PY'
import json, os, subprocess, sys
launcher, work, path = sys.argv[1:4]
server = subprocess.Popen([launcher, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          env={"HOME": work, "PATH": path, "GONGKAI_TRAIN_DELAY": "0"})
def send(message):
    body = json.dumps(message).encode()
    server.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    server.stdin.flush()
def receive():
    header = server.stdout.readline()
    assert header.startswith(b"Content-Length: "), header
    length = int(header.split(b":")[1])
    assert server.stdout.readline() == b"\r\n"
    return json.loads(server.stdout.read(length))
root = "file://" + work
send({"jsonrpc": "2.0", "id": 1, "method": "initialize",
      "params": {"processId": os.getpid(), "rootUri": root, "capabilities": {}, "workspaceFolders": [{"uri": root, "name": "w"}]}})
answer = receive()
while "id" not in answer:
    answer = receive()
assert "capabilities" in answer["result"], answer
send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
answer = receive()
while answer.get("id") != 2:
    answer = receive()
send({"jsonrpc": "2.0", "method": "exit"})
assert server.wait(timeout=60) == 0
PY
}
lsp_session || fail "the language server's session"

# the bundled runtime made, for the commands and the server, what starts them faster in the user's cache: Java 25+ an
# AOT cache (trained in the background), Java 19 to 24 a class-data archive; then both run with it
runtime_major=$("$home/runtime/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
suffix=jsa
[ "$runtime_major" -ge 25 ] && suffix=aot
for waited in $(seq 1 180); do
  ls "$work/.cache/gongkai/"cli-*."$suffix" "$work/.cache/gongkai/"lsp-*."$suffix" >/dev/null 2>&1 && break
  sleep 1
done
ls "$work/.cache/gongkai/"cli-*."$suffix" >/dev/null 2>&1 || fail "no .$suffix for the commands in $work/.cache/gongkai after ${waited} s"
ls "$work/.cache/gongkai/"lsp-*."$suffix" >/dev/null 2>&1 || fail "no .$suffix for the language server in $work/.cache/gongkai"
status=0
gongkai validate "$reports" >"$work/validate-again.txt" 2>&1 || status=$?
if [ "$status" != 1 ] || ! cmp -s "$work/validate.txt" "$work/validate-again.txt"; then
  fail "validate with the .$suffix wrote another output or exited $status: $(diff "$work/validate.txt" "$work/validate-again.txt")"
fi
lsp_session || fail "the language server's session with its .$suffix"

# validate is asked of the daemon the first run started; one started now has the commands' AOT cache (Java 25+); what
# it prints is what a run in its own process prints; deleting its folder ends it
daemons() {
  for cmdline in /proc/[0-9]*/cmdline; do
    { tr '\0' ' ' <"$cmdline"; } 2>/dev/null | grep "[D]aemonServer $work/" || true
  done
}
[ -n "$(daemons)" ] || fail "validate left no daemon"
rm -rf "$work/.cache/gongkai/"daemon-*
for waited in $(seq 1 30); do [ -z "$(daemons)" ] && break; sleep 1; done
[ -z "$(daemons)" ] || fail "a daemon outlived its folder: $(daemons)"
status=0
gongkai validate "$reports" >"$work/validate-new-daemon.txt" 2>&1 || status=$?
if [ "$status" != 1 ] || ! cmp -s "$work/validate.txt" "$work/validate-new-daemon.txt"; then
  fail "validate through a new daemon exited $status: $(diff "$work/validate.txt" "$work/validate-new-daemon.txt")"
fi
if [ "$suffix" = aot ]; then
  daemons | grep -q -- "-XX:AOTCache=$work/.cache/gongkai/cli-" || fail "the daemon started without the commands' AOT cache: $(daemons)"
fi
status=0
env -i HOME="$work" PATH="$nojava" GONGKAI_DAEMON=off "$home/gongkai" validate "$reports" >"$work/validate-own.txt" 2>&1 \
  || status=$?
if [ "$status" != 1 ] || ! cmp -s "$work/validate.txt" "$work/validate-own.txt"; then
  fail "validate in its own process exited $status: $(diff "$work/validate.txt" "$work/validate-own.txt")"
fi
[ "$(daemons | wc -l)" = 1 ] || fail "GONGKAI_DAEMON=off started a daemon: $(daemons)"

# the workbench through the launcher (what the double-click starters run): its page and scripts served from inside the
# jar (gzipped to a browser that accepts it), the folder's reports listed with their errors, a report as Word
python3 - "$home/gongkai" "$work" "$nojava" "$reports" <<'PY' || fail "gongkai serve"
import gzip, http.cookiejar, json, re, subprocess, sys, urllib.request
launcher, work, path, reports = sys.argv[1:5]
server = subprocess.Popen([launcher, "serve", "--no-browser", reports], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          env={"HOME": work, "PATH": path, "GONGKAI_TRAIN_DELAY": "0"})
try:
    address = server.stdout.readline().decode().strip()
    base = address.split("?")[0].rstrip("/")
    browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    def get(path, **headers):
        with browser.open(urllib.request.Request(path if path.startswith("http") else base + path, headers=headers),
                          timeout=120) as answer:
            return answer.status, answer.headers, answer.read()
    status, _, page = get(address)
    script = re.search(rb'src="/?(assets/main-[^"]+\.js)"', page)
    assert status == 200 and script, (status, page[:300])
    status, headers, body = get("/" + script.group(1).decode(), **{"Accept-Encoding": "gzip"})
    assert status == 200 and headers["Content-Encoding"] == "gzip" and len(gzip.decompress(body)) > 1_000_000, headers
    status, headers, body = get("/" + script.group(1).decode())
    assert status == 200 and "Content-Encoding" not in headers and len(body) > 1_000_000, headers
    _, _, listed = get("/api/files")
    errors = {entry["name"]: entry["errors"] for entry in json.loads(listed)}
    assert errors.get("zeku-2023.gongkai", 0) > 0 and errors.get("gongbujiangda-2023.gongkai") == 0, errors
    status, _, docx = get("/api/download?name=gongbujiangda-2023.gongkai&to=docx")
    assert status == 200 and docx[:2] == b"PK", (status, docx[:100])
finally:
    server.terminate()
    server.wait(timeout=60)
PY

# without a runtime and without Java: the launcher says what to install
plain="$work/无运行时"
mkdir -p "$plain"
(cd "$plain" && unzip -q "$out/$name.zip")
status=0
env -i HOME="$work" PATH="$nojava" "$plain/$name/gongkai" --version >"$work/nojava.txt" 2>&1 || status=$?
if [ "$status" != 2 ] || ! grep -q "未找到 Java 17" "$work/nojava.txt"; then
  fail "no Java: exit $status, $(cat "$work/nojava.txt")"
fi
env -i HOME="$work" PATH="$nojava" JAVA_HOME="$JAVA_HOME" "$plain/$name/gongkai" --version | grep -q "^gongkai " \
  || fail "the launcher did not take JAVA_HOME"

for script in "$home/gongkai" "$home/Gongkai 工作台.command"; do
  bash -n "$script" || fail "bash -n $script"
  if command -v shellcheck >/dev/null 2>&1; then shellcheck "$script" || fail "shellcheck $script"; fi
done

python3 - "$home/gongkai.cmd" <<'PY'
import re, sys
raw = open(sys.argv[1], "rb").read()
assert b"\n" not in raw.replace(b"\r\n", b""), "gongkai.cmd: every line must end in CRLF"
lines = raw.decode("utf-8").split("\r\n")
first_chinese = next(i for i, l in enumerate(lines) if any(ord(c) > 127 for c in l))
assert lines.index("chcp 65001 >nul") < first_chinese, "gongkai.cmd: the code page must be UTF-8 before any Chinese"
def line_of(text):
    return next(i for i, l in enumerate(lines) if text in l and l.startswith(("if", "for")))
assert line_of(r"runtime\bin\java.exe") < line_of(r"%JAVA_HOME%\bin\java.exe") < line_of("%%~$PATH:j"), \
    "gongkai.cmd: Java is looked for in runtime\\, then JAVA_HOME, then PATH"
for line in lines:
    if line.startswith("rem"):
        continue
    for variable in ("%GONGKAI_HOME%", "%JAVA_HOME%", "%GONGKAI_JAVA%", "%~1", "%%~$PATH:j", "%~dp0"):
        for match in re.finditer(re.escape(variable), line):
            before = line[:match.start()]
            assert before.count('"') % 2 == 1, f"gongkai.cmd: {variable} outside quotes: {line}"
assert any("未找到 Java 17" in l for l in lines) and 'set "GONGKAI_EXIT=2"' in lines[next(i for i, l in enumerate(lines) if "未找到 Java 17" in l) + 1].strip(), \
    "gongkai.cmd: no Java must say so and exit with 2"
assert '"%GONGKAI_JAVA%" %GONGKAI_OPTIONS% %GONGKAI_JAVA_OPTS% -jar "%GONGKAI_HOME%gongkai.jar" %*' in lines
PY
echo "check-dist: $name.zip and $name-linux-x64.zip work from \"$place\""
