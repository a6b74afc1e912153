#!/bin/sh
# 双击运行（macOS）：在“文稿”文件夹中打开 Gongkai 工作台（gongkai serve：浏览器中的工作台；关闭本窗口即停止）。
here=${0%/*}
cd "$HOME/Documents" 2>/dev/null || cd "$HOME" || exit 2
"$here/gongkai" serve
