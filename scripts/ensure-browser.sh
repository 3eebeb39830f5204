#!/usr/bin/env bash
# Makes sure a Chromium and CJK fonts are installed for the end-to-end tests and screenshots.
# Playwright cannot download its own browser here, so Debian's packages are used.
set -euo pipefail
have_fonts() { fc-list :lang=zh 2>/dev/null | grep -q .; }
# The print checks read the PDFs with poppler's pdfinfo and pdftotext.
if node scripts/browser.mjs >/dev/null && have_fonts && command -v pdfinfo >/dev/null; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "正在安装 Chromium、中文字体与 PDF 工具（apt-get install chromium fonts-noto-cjk poppler-utils）…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium fonts-noto-cjk poppler-utils >/dev/null
elif command -v sudo >/dev/null && command -v apt-get >/dev/null; then
  echo "正在安装 Chromium 与中文字体（需要管理员密码）…"
  sudo apt-get update -qq && sudo apt-get install -y -qq chromium fonts-noto-cjk poppler-utils >/dev/null
fi
if ! node scripts/browser.mjs >/dev/null; then
  echo "没有找到 Chromium 浏览器。请先安装（Debian/Ubuntu：sudo apt-get install chromium fonts-noto-cjk），或用 CHROME_PATH 指定浏览器路径。" >&2
  exit 1
fi
