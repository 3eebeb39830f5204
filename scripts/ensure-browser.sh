#!/usr/bin/env bash
# Makes sure a Chromium and CJK fonts are installed for the end-to-end tests and screenshots, and
# WebKitGTK's driver, Xvfb and Firefox ESR for the engine smoke suite (docs/engines.md).
# Playwright cannot download its own browser here, so Debian's packages are used.
set -euo pipefail
have_fonts() { fc-list :lang=zh 2>/dev/null | grep -q .; }
have_engines() { command -v WebKitWebDriver >/dev/null && command -v Xvfb >/dev/null && command -v firefox-esr >/dev/null; }
# The print checks read the PDFs with poppler's pdfinfo and pdftotext.
packages=(chromium fonts-noto-cjk poppler-utils webkit2gtk-driver xvfb firefox-esr)
if node scripts/browser.mjs >/dev/null && have_fonts && command -v pdfinfo >/dev/null && have_engines; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "正在安装浏览器、中文字体与 PDF 工具（apt-get install ${packages[*]}）…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${packages[@]}" >/dev/null
elif command -v sudo >/dev/null && command -v apt-get >/dev/null; then
  echo "正在安装浏览器与中文字体（需要管理员密码）…"
  sudo apt-get update -qq && sudo apt-get install -y -qq "${packages[@]}" >/dev/null
fi
if ! node scripts/browser.mjs >/dev/null; then
  echo "没有找到 Chromium 浏览器。请先安装（Debian/Ubuntu：sudo apt-get install chromium fonts-noto-cjk），或用 CHROME_PATH 指定浏览器路径。" >&2
  exit 1
fi
if ! have_engines; then
  echo "没有找到 WebKitWebDriver、Xvfb 或 Firefox ESR，三引擎冒烟测试无法运行。请先安装（Debian/Ubuntu：sudo apt-get install webkit2gtk-driver xvfb firefox-esr）。" >&2
  exit 1
fi
