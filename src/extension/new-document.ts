import vscode = require('vscode');
import { isoToday } from '../core/index';
import { writeFileAtomic, WriteError } from '../node/atomic-write';
import { fileNameFor, fillTemplate, templateType } from '../core/text/template-fill';

/** What the command asks; tests and other extensions may pass it instead of answering prompts. */
export interface NewDocumentValues {
  title: string;
  organisation?: string;
  /** The folder to write to (default: the first workspace folder; without one, an untitled document). */
  folder?: vscode.Uri;
}

const ORGANISATION_KEY = 'dpia.lastOrganisation';

function templates() {
  return [
    { file: 'dpia-rijksdienst.nl.md', label: vscode.l10n.t('DPIA (Model DPIA Rijksdienst, Dutch)'), description: 'dpia-rijksdienst.nl.md' },
    { file: 'dpia-rijksdienst.en.md', label: vscode.l10n.t('DPIA (Model DPIA Rijksdienst, English)'), description: 'dpia-rijksdienst.en.md' },
    { file: 'dpia.en.md', label: vscode.l10n.t('DPIA (ICO steps, English)'), description: 'dpia.en.md' },
    { file: 'dtia.en.md', label: vscode.l10n.t('DTIA (EDPB six steps, English)'), description: 'dtia.en.md' },
    { file: 'dtia.nl.md', label: vscode.l10n.t('DTIA (EDPB six steps, Dutch)'), description: 'dtia.nl.md' },
    { file: 'prescan.nl.md', label: vscode.l10n.t('Pre-scan DPIA (is a DPIA required?, Dutch)'), description: 'prescan.nl.md' },
    { file: 'prescan.en.md', label: vscode.l10n.t('Pre-scan DPIA (is a DPIA required?, English)'), description: 'prescan.en.md' },
  ];
}

/** A name in `folder` that does not exist yet: "x.dpia.md", else "x-2.dpia.md", "x-3.dpia.md", … */
async function freeName(folder: vscode.Uri, name: string): Promise<vscode.Uri> {
  const [stem, ext] = [name.replace(/\.(dpia|dtia|prescan)\.md$/, ''), name.slice(name.replace(/\.(dpia|dtia|prescan)\.md$/, '').length)];
  for (let n = 1; n < 1000; n++) {
    const uri = vscode.Uri.joinPath(folder, n === 1 ? name : `${stem}-${n}${ext}`);
    const exists = await vscode.workspace.fs.stat(uri).then(() => true, () => false);
    if (!exists) return uri;
  }
  return vscode.Uri.joinPath(folder, `${stem}-${Date.now()}${ext}`);
}

/**
 * "New DPIA from template…": picks a template, asks the title and organisation (the organisation is
 * remembered), fills in today's date (the language is the template's), proposes a file name from the
 * title, writes the file and opens it.
 */
export function registerNewDocument(context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.commands.registerCommand('dpia.newFromTemplate', async (name?: string, given?: NewDocumentValues) => {
    const list = templates();
    const chosen = name ? list.find((t) => t.file === name) : await vscode.window.showQuickPick(list, { title: vscode.l10n.t('New DPIA from template') });
    if (!chosen) return undefined;
    const template = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'templates', chosen.file)));
    const type = templateType(template);
    const title =
      given?.title ??
      (await vscode.window.showInputBox({
        title: vscode.l10n.t('New DPIA from template'),
        prompt: vscode.l10n.t('Title of the document (the name of the processing or system)'),
        value: type === 'dtia' ? 'DTIA ' : type === 'prescan' ? 'Pre-scan DPIA ' : 'DPIA ',
        validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Give the document a title.')),
      }));
    if (!title?.trim()) return undefined;
    const remembered = context.globalState.get<string>(ORGANISATION_KEY);
    const organisation =
      given ? given.organisation : await vscode.window.showInputBox({ title: vscode.l10n.t('New DPIA from template'), prompt: vscode.l10n.t('Organisation (remembered for the next document)'), value: remembered ?? '' });
    if (organisation === undefined && !given) return undefined;
    if (organisation?.trim()) await context.globalState.update(ORGANISATION_KEY, organisation.trim());
    const text = fillTemplate(template, { title: title.trim(), organisation, date: isoToday() });
    const folder = given?.folder ?? vscode.workspace.workspaceFolders?.[0]?.uri;
    let target: vscode.Uri | undefined;
    if (folder) {
      const proposed = await freeName(folder, fileNameFor(title, type));
      target = given ? proposed : await vscode.window.showSaveDialog({ defaultUri: proposed, filters: { Markdown: ['md'] }, title: vscode.l10n.t('New DPIA from template') });
      if (!target) return undefined;
    }
    if (!target) {
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
      await vscode.window.showTextDocument(doc);
      return doc;
    }
    const bytes = new TextEncoder().encode(text);
    if (target.scheme === 'file') {
      // Atomic, never through a symbolic link (the name is new, but a link may appear meanwhile).
      try {
        writeFileAtomic(target.fsPath, bytes);
      } catch (e) {
        if (!(e instanceof WriteError)) throw e;
        void vscode.window.showErrorMessage(e.message);
        return undefined;
      }
    } else {
      // Other file systems: a temporary sibling, then a rename (as the PDF export does).
      const tmp = target.with({ path: target.path.replace(/[^/]*$/, (name) => `.${name}.${process.pid}.tmp`) });
      await vscode.workspace.fs.writeFile(tmp, bytes); // atomic together with the rename below
      await vscode.workspace.fs.rename(tmp, target, { overwrite: false });
    }
    const doc = await vscode.workspace.openTextDocument(target);
    await vscode.window.showTextDocument(doc);
    return doc;
  });
}
