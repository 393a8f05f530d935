import type { Block, BlockKind } from '../model/document';
import type { Lang } from '../i18n/lang';
import { label } from './labels';

/**
 * A `risk`, `measure` or `transfer` block whose YAML could not be read (a syntax error, or not a
 * mapping). Output built from blocks keeps it as a visible "could not be read" entry: a register
 * must never lose a risk without saying so.
 */
export interface UnreadableBlock {
  kind: BlockKind;
  /** Document line (0-based) of the block's opening fence. */
  line: number;
  /** Line (1-based, as editors and `dpia check` show it) where reading failed. */
  at: number;
  /** What is wrong, in the document's language where the tool wrote it (parser messages are English). */
  reason: string;
  /** The id, when a line `id: …` can still be seen in the block's text. */
  id?: string;
}

const ID_LINE = /^id[ \t]*:[ \t]*["']?([A-Za-z][A-Za-z0-9._-]{0,63})/m;

/** Why a block has no value, or undefined when it has one. */
export function unreadable(b: Block, lang: Lang): UnreadableBlock | undefined {
  if (b.value) return undefined;
  const error = b.parsed.yaml.error;
  const at = (error ? b.map.position(error.offset).line : b.fence.openLine) + 1;
  const raw = error ? error.message : label('notMapping', lang);
  // One line, no control characters, bounded: the reason lands in tables, cards and PDF cells.
  const reason = raw.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim().slice(0, 200);
  return { kind: b.kind, line: b.fence.openLine, at, reason, id: ID_LINE.exec(b.parsed.text)?.[1] };
}

/** "could not be read (line 12): bad indentation" / "kon niet worden gelezen (regel 12): …". */
export function unreadableText(u: UnreadableBlock, lang: Lang): string {
  return label('unreadable', lang, String(u.at), u.reason);
}
