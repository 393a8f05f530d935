#!/usr/bin/env bash
# Installs the Debian packages the unit tests need, saying what before installing; where it cannot
# (not Debian, not root, apt fails) it prints one line saying what to install and exits 1.
#   poppler-utils: the PDF tests read the rendered PDFs with pdftotext, pdfinfo, pdffonts and pdftoppm.
set -u
need=()
for tool in pdftotext pdfinfo pdffonts pdftoppm; do
  command -v "$tool" >/dev/null 2>&1 || { need=(poppler-utils); break; }
done
[ ${#need[@]} -eq 0 ] && exit 0
what="${need[*]} (pdftotext, pdfinfo, pdffonts, pdftoppm: the PDF tests read PDFs with them)"
if ! command -v apt-get >/dev/null 2>&1; then
  echo "npm test: cannot install $what: no apt-get here; install poppler with your package manager and run npm test again"
  exit 1
fi
if [ "$(id -u)" != 0 ]; then
  echo "npm test: needs $what; run 'sudo apt-get install -y ${need[*]}' (or npm test as root) and try again"
  exit 1
fi
echo "npm test: installing $what with apt-get"
if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"; } >/tmp/dpia-apt.log 2>&1; then
  echo "npm test: apt-get install ${need[*]} failed (see /tmp/dpia-apt.log)"
  exit 1
fi
