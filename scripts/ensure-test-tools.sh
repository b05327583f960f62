#!/usr/bin/env bash
# The tests need Debian's Chromium (browser flows), LibreOffice with CJK fonts (the .docx as a reader
# renders it) and poppler (to measure the PDF). Installs whichever is missing when it can (root with
# apt-get, as on CI and a fresh machine); elsewhere it says what to install and lets the tests say the rest.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || ls /usr/share/fonts/opentype/noto/NotoSerifCJK* >/dev/null 2>&1 || missing+=(fonts-noto-cjk)

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "安装测试所需的系统软件包：${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "缺少测试所需的系统软件包：${missing[*]}（Debian/Ubuntu：sudo apt-get install ${missing[*]}）" >&2
fi
