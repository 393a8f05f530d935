#!/usr/bin/env bash
# Installs the Debian packages the unit tests need, saying what before installing; where it cannot
# (not Debian, not root, apt fails) it prints one line saying what to install and exits 1.
#   poppler-utils: the PDF tests read the rendered PDFs with pdftotext, pdfinfo, pdffonts and pdftoppm.
#   @microsoft/sarif-multitool (npm, into .test-tools/): the SARIF tests validate with its GitHub rules;
#   its platform package carries a self-contained .NET build, so no .NET runtime is needed.
#   neovim: the language server test drives Neovim's built-in LSP client headless (only when nvim is missing).
#   libreoffice-writer-nogui: the export test opens the DOCX in LibreOffice headless and converts it to PDF,
#   proving a real word processor accepts it (only when soffice is missing; about 300 MB, a few minutes).
set -u
# (Only shell built-ins when the Multitool is there already.)
case "${BASH_SOURCE[0]}" in */*) here="${BASH_SOURCE[0]%/*}" ;; *) here=. ;; esac
cd "$here/.." || exit 1
SARIF_VERSION=5.7.0
case "${OSTYPE:-}" in linux*) plat=linux ;; darwin*) plat=darwin ;; *) plat=win32 ;; esac
tool=".test-tools/sarif-multitool/node_modules/@microsoft/sarif-multitool-$plat/Sarif.Multitool"
[ "$plat" = win32 ] && tool="$tool.exe"
if [ ! -e "$tool" ]; then
  echo "npm test: installing @microsoft/sarif-multitool@$SARIF_VERSION into .test-tools/ (the SARIF tests validate with it)"
  if ! npm install --prefix .test-tools/sarif-multitool --no-save --no-audit --no-fund --no-package-lock "@microsoft/sarif-multitool@$SARIF_VERSION" >/tmp/dpia-sarif-multitool.log 2>&1 || [ ! -e "$tool" ]; then
    echo "npm test: npm install @microsoft/sarif-multitool@$SARIF_VERSION failed (see /tmp/dpia-sarif-multitool.log)"
    exit 1
  fi
fi
# npm may skip the package's postinstall (chmod u+x): make the binary executable here.
[ "$plat" = win32 ] || [ -x "$tool" ] || chmod u+x "$tool"
need=()
why=()
for tool in pdftotext pdfinfo pdffonts pdftoppm; do
  command -v "$tool" >/dev/null 2>&1 || { need+=(poppler-utils); why+=("poppler-utils: pdftotext, pdfinfo, pdffonts, pdftoppm, the PDF tests read PDFs with them"); break; }
done
command -v nvim >/dev/null 2>&1 || { need+=(neovim); why+=("neovim: nvim, the language server test runs Neovim's LSP client"); }
command -v soffice >/dev/null 2>&1 || { need+=(libreoffice-writer-nogui); why+=("libreoffice-writer-nogui: soffice, the export test opens the DOCX in LibreOffice (about 300 MB, a few minutes)"); }
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
