@echo off
rem 双击运行：在“文档”文件夹中打开 Gongkai 工作台（gongkai serve 完成前先显示命令行帮助）。
setlocal EnableExtensions
chcp 65001 >nul
set "GONGKAI_DOCUMENTS=%USERPROFILE%\Documents"
if exist "%GONGKAI_DOCUMENTS%\" cd /d "%GONGKAI_DOCUMENTS%"
call "%~dp0gongkai.cmd" --help
pause
