@echo off
rem 双击运行：在“文档”文件夹中打开 Gongkai 工作台（gongkai serve：浏览器中的工作台；关闭本窗口即停止）。
setlocal EnableExtensions
chcp 65001 >nul
set "GONGKAI_DOCUMENTS=%USERPROFILE%\Documents"
if exist "%GONGKAI_DOCUMENTS%\" cd /d "%GONGKAI_DOCUMENTS%"
call "%~dp0gongkai.cmd" serve
pause
