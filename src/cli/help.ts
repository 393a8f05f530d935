// Help texts and the README's option reference, all made from the option tables in options.ts.
import { GLOBAL_OPTIONS, SUBCOMMAND_NAMES, SUBCOMMANDS, type OptionTable, type SubcommandName } from './options';

const EXIT_CODES = `Exit codes: 0 no errors; 1 errors, or more warnings than --max-warnings;
2 usage error, unreadable input or a failed write; 3 internal error (please report it).
`;

const RESOURCES = `Catalogues, matrices and the config file are read only if they are regular files
inside the checked folder (or the config's folder; the current folder for --catalogue,
--matrix and --config): see "Security model" in the README.
`;

/** `-f, --format text|json|sarif` */
function flag(name: string, o: OptionTable[string]): string {
  return `${o.short ? `-${o.short}, ` : '    '}--${name}${o.value ? ` ${o.value}` : ''}`;
}

/** Words wrapped to `width` columns, continuation lines indented by `indent`. */
function wrap(text: string, indent: number, width = 100): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && indent + line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.join('\n' + ' '.repeat(indent));
}

function optionLines(table: OptionTable): string {
  const entries = Object.entries(table);
  const column = Math.max(...entries.map(([n, o]) => flag(n, o).length)) + 4;
  return entries.map(([n, o]) => `  ${flag(n, o).padEnd(column)}${wrap(o.help, column + 2)}\n`).join('');
}

/** `dpia --help`: the subcommands, the global options and where to read more. */
export function overviewHelp(version: string): string {
  const column = Math.max(...SUBCOMMAND_NAMES.map((s) => SUBCOMMANDS[s].usage.length)) + 3;
  const commands = SUBCOMMAND_NAMES.map((s) => `  ${SUBCOMMANDS[s].usage.padEnd(column)}${wrap(SUBCOMMANDS[s].summary, column + 2)}\n`).join('');
  return `dpia ${version}: check Data Protection Impact Assessments written in Markdown

Usage:
${commands}  ${'dpia COMMAND --help'.padEnd(column)}the options of one command
  ${'dpia --help | --version'.padEnd(column)}this overview, or the version

Options of every command:
${optionLines(GLOBAL_OPTIONS)}
${RESOURCES}
${EXIT_CODES}`;
}

/** `dpia <subcommand> --help`: its usage, its options (then the global ones) and its notes. */
export function subcommandHelp(name: SubcommandName): string {
  const s = SUBCOMMANDS[name];
  const options = Object.keys(s.options).length ? `\nOptions:\n${optionLines({ ...s.options, ...GLOBAL_OPTIONS })}` : `\nOptions:\n${optionLines(GLOBAL_OPTIONS)}`;
  const notes = (s.notes ?? []).map((n) => `\n${wrap(n, 0, 96)}\n`).join('');
  const resources = name === 'rules' ? '' : `\n${RESOURCES}`;
  return `Usage: ${s.usage}\n\n${wrap(s.summary, 0, 96)}\n${options}${notes}${resources}\n${EXIT_CODES}`;
}

// Pipes escaped for the table; HTML comments (the table markers) shown as code, not swallowed by the renderer.
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/<!--.*?-->/g, (m) => `\`${m}\``);

/** The README's reference of the subcommands and their options (between the dpia:cli-options markers). */
export function readmeOptions(): string {
  const parts = SUBCOMMAND_NAMES.map((name) => {
    const s = SUBCOMMANDS[name];
    const rows = Object.entries(s.options).map(([n, o]) => `| \`${cell(flag(n, o).trim())}\` | ${cell(o.help)} |\n`);
    const table = rows.length ? `\n| option | meaning |\n| --- | --- |\n${rows.join('')}` : '\nNo options of its own.\n';
    return `**\`${s.usage}\`**: ${cell(s.summary)}.\n${table}`;
  });
  const globals = Object.entries(GLOBAL_OPTIONS).map(([n, o]) => `\`${flag(n, o).trim()}\` (${o.help})`);
  return `${parts.join('\n')}\nEvery command also takes ${globals.join(', ')}. An option of another command is a usage error that names the commands that take it (\`dpia check --write\`: *--write is not an option of dpia check; only dpia table takes it*).\n`;
}
