#!/usr/bin/env bash
# Installs the Debian packages the unit tests need, saying what before installing; where it cannot
# (not Debian, not root, apt fails) it prints one line saying what to install and exits 1.
#   poppler-utils: the PDF tests read the rendered PDFs with pdftotext, pdfinfo, pdffonts and pdftoppm.
#   neovim: the language server test drives Neovim's built-in LSP client headless (only when nvim is missing).
set -u
need=()
why=()
for tool in pdftotext pdfinfo pdffonts pdftoppm; do
  command -v "$tool" >/dev/null 2>&1 || { need+=(poppler-utils); why+=("poppler-utils: pdftotext, pdfinfo, pdffonts, pdftoppm, the PDF tests read PDFs with them"); break; }
done
command -v nvim >/dev/null 2>&1 || { need+=(neovim); why+=("neovim: nvim, the language server test runs Neovim's LSP client"); }
[ ${#need[@]} -eq 0 ] && exit 0
what="${need[*]} ($(IFS=';'; echo "${why[*]}"))"
if ! command -v apt-get >/dev/null 2>&1; then
  echo "npm test: cannot install $what: no apt-get here; install ${need[*]} with your package manager and run npm test again"
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
