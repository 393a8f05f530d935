// `dpia-language-server --stdio`: the DPIA language server (also --node-ipc, --socket=PORT, --pipe=NAME).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const TRANSPORTS = /^--(stdio|node-ipc|socket=\d+|pipe=.+|clientProcessId=\d+)$/;
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h') || !args.some((a) => /^--(stdio|node-ipc|socket=|pipe=)/.test(a))) {
  const help = 'usage: dpia-language-server --stdio   (or --node-ipc, --socket=PORT, --pipe=NAME)\nThe DPIA Assistant language server: diagnostics, completion, hover, quick fixes, outline, folding and CodeLens for DPIA/DTIA Markdown.\n';
  (args.includes('--help') || args.includes('-h') ? process.stdout : process.stderr).write(help);
  process.exit(args.includes('--help') || args.includes('-h') ? 0 : 2);
}
const unknown = args.filter((a) => !TRANSPORTS.test(a));
if (unknown.length) {
  process.stderr.write(`dpia-language-server: unknown option ${JSON.stringify(unknown[0])}; see --help\n`);
  process.exit(2);
}
startServer(createConnection(ProposedFeatures.all));
