@echo off
setlocal EnableExtensions DisableDelayedExpansion
for /f "tokens=2 delims=:" %%c in ('chcp') do set "GONGKAI_CP=%%c"
chcp 65001 >nul
rem Gongkai（公开）命令行，发行版（Windows）：在本文件旁的 gongkai.jar 上运行 Java 17 或更新版本。
rem 本文件以 UTF-8 保存：上面先把控制台切换到 UTF-8（代码页 65001），退出时恢复原来的代码页。
rem Java 的查找顺序与 VS Code 扩展相同：本文件夹中的 runtime\，然后 JAVA_HOME，然后 PATH 上的 java。
rem GONGKAI_JAVA_OPTS 可再加 Java 选项（如 -Xmx4g）。
set "GONGKAI_HOME=%~dp0"
set "GONGKAI_JAVA="
set "GONGKAI_EXIT=0"
if exist "%GONGKAI_HOME%runtime\bin\java.exe" call :consider "%GONGKAI_HOME%runtime\bin\java.exe"
if not defined GONGKAI_JAVA if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" call :consider "%JAVA_HOME%\bin\java.exe"
if not defined GONGKAI_JAVA for %%j in (java.exe) do if not "%%~$PATH:j"=="" call :consider "%%~$PATH:j"
if not defined GONGKAI_JAVA (
  echo gongkai：未找到 Java 17 或更新版本。请安装 Java 17+（如 Eclipse Temurin 17），或把 JAVA_HOME 设为它的安装目录；也可以改用带运行时（runtime 文件夹）的发行包。 1>&2
  set "GONGKAI_EXIT=2"
  goto :end
)
set "GONGKAI_OPTIONS=-XX:-DontCompileHugeMethods"
if /i not "%~1"=="lsp" if /i not "%~1"=="serve" set "GONGKAI_OPTIONS=%GONGKAI_OPTIONS% -XX:TieredStopAtLevel=1"
"%GONGKAI_JAVA%" %GONGKAI_OPTIONS% %GONGKAI_JAVA_OPTS% -jar "%GONGKAI_HOME%gongkai.jar" %*
set "GONGKAI_EXIT=%ERRORLEVEL%"
:end
if defined GONGKAI_CP chcp %GONGKAI_CP% >nul
exit /b %GONGKAI_EXIT%

rem A Java whose "java -version" names major version 17 or newer becomes GONGKAI_JAVA ("1.8.0" reads as 1).
rem "call" first: cmd /c would strip the quotes around a path with spaces if the command began with one.
:consider
set "GONGKAI_MAJOR=0"
for /f "tokens=3" %%v in ('call "%~1" -version 2^>^&1 ^| findstr /i version') do for /f "delims=.-+_ tokens=1" %%m in ("%%~v") do set "GONGKAI_MAJOR=%%m"
if %GONGKAI_MAJOR% GEQ 17 set "GONGKAI_JAVA=%~1"
exit /b 0
