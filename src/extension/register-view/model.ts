// The rows of every DPIA file of the workspace, kept from the analyses the diagnostics already make
// (open documents as typed, the others from disk): the register view costs no second analysis.
import vscode = require('vscode');
import { documentRows, isoToday, type DocumentRows } from '../../core/index';
import type { Analysed, DiagnosticsController } from '../diagnostics';
import { workspaceIgnores } from '../ignored';

/** Acceptances ending within this many days are "expiring", as `dpia register --horizon` (its default). */
export const HORIZON_DAYS = 90;
const SETTLE_MS = 200;

export class RegisterModel implements vscode.Disposable {
  private readonly rows = new Map<string, DocumentRows>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires once a burst of analyses has settled (a folder scan updates the view a few times, not per file). */
  readonly onDidChange = this.changed.event;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscription: vscode.Disposable;
  private ignored = workspaceIgnores();

  constructor(controller: Pick<DiagnosticsController, 'onDidAnalyse'>) {
    this.subscription = controller.onDidAnalyse((e) => this.update(e));
  }

  /** Documents of the workspace only: an untitled buffer or a file outside every folder is not in the register. */
  private belongs(uri: vscode.Uri): boolean {
    return !!vscode.workspace.getWorkspaceFolder(uri) && !this.ignored(uri);
  }

  update({ uri, analysis }: Analysed): void {
    const key = uri.toString();
    if (analysis && this.belongs(uri)) {
      const today = vscode.workspace.getConfiguration('dpia', uri).get<boolean>('dateRules', true) ? isoToday() : null;
      this.rows.set(key, documentRows(key, analysis, { today, horizonDays: HORIZON_DAYS }));
    } else if (!this.rows.delete(key)) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.changed.fire(), SETTLE_MS);
  }

  /** Ignore files changed: documents they now leave out go. */
  refreshIgnores(): void {
    this.ignored = workspaceIgnores();
    for (const key of [...this.rows.keys()]) if (this.ignored(vscode.Uri.parse(key))) this.rows.delete(key);
    this.changed.fire();
  }

  /** The documents' rows, by path. */
  documents(): DocumentRows[] {
    return [...this.rows.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.subscription.dispose();
    this.changed.dispose();
  }
}
