// The report formats of `dpia check`: text (terminal), json, sarif (GitHub code scanning), gitlab (Code Quality).
export { summarise, README_URL, HOME_URL, type FileReport, type Summary } from './report';
export { escapeControls, formatText, shouldColor } from './text';
export { formatJson } from './json';
export { formatSarif, type SarifOptions } from './sarif';
export { formatGitlab } from './gitlab';
