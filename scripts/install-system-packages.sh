#!/usr/bin/env bash
# Debian packages the tests need: Chromium for e2e, LibreOffice to render exported DOCX to PDF,
# poppler to check those PDFs, CJK fonts so Chinese renders (distinct faces for the layout tests).
# Runs apt as root (through sudo when you are not root). Does nothing when everything is already there.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
fc-list 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null || missing+=(fonts-noto-cjk)
# Distinct CJK faces for the DOCX rendering tests (scripts/fontconfig/official-faces.conf maps 仿宋, 楷体,
# 黑体, 宋体 and 小标宋 to them).
fc-list 2>/dev/null | grep -i 'AR PL UMing CN' >/dev/null || missing+=(fonts-arphic-uming)
fc-list 2>/dev/null | grep -i 'AR PL KaitiM GB' >/dev/null || missing+=(fonts-arphic-gkai00mp)
fc-list 2>/dev/null | grep -i 'AR PL SungtiL GB' >/dev/null || missing+=(fonts-arphic-gbsn00lp)
fc-list 2>/dev/null | grep -i 'WenQuanYi Zen Hei' >/dev/null || missing+=(fonts-wqy-zenhei)
fc-list 2>/dev/null | grep -i 'Liberation Serif' >/dev/null || missing+=(fonts-liberation2)
if [ ${#missing[@]} -eq 0 ]; then
  echo "System packages: all present."
  exit 0
fi
echo "Installing Debian packages: ${missing[*]}"
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
