// The whole DPIA as a format-neutral tree (issue 17 "Whole-document export"): the prose parsed with
// remark-parse + remark-gfm, each fenced block as a readable card, the risk table and heat maps where
// the document places them (or in an annex), the front matter as a title page. The PDF, DOCX and HTML
// writers only translate this tree; what is shown, in which language, is decided once, here.
import type { Lang } from '../i18n/lang';
import type { LevelCell } from './register';
import type { HeatView } from './html';
export type { HeatView };

/** Inline content of a paragraph, heading or cell. Document text is kept as text (never markup). */
export type Inline =
  | { type: 'text'; text: string; bold?: boolean; italic?: boolean; strike?: boolean; code?: boolean }
  /** A link: its text, and the URL printed after it (a PDF or Word document is read on paper too). */
  | { type: 'link'; text: string; url: string }
  | { type: 'break' };

export interface Cell {
  inlines: Inline[];
  /** A level cell: shaded with the level's colour. */
  level?: LevelCell;
  bold?: boolean;
}

/** A field of a card: a label and its value (a value may be a list, e.g. the mitigations). */
export interface CardField {
  label: string;
  value: Inline[] | Inline[][];
  /** A level shown as a shaded cell. */
  level?: LevelCell;
}

/** A flag on a card: an expired acceptance, an overdue measure, residual above inherent, a block that could not be read. */
export interface CardMark {
  severity: 'error' | 'warning';
  text: string;
}

export type ExportBlock =
  | { type: 'heading'; depth: 1 | 2 | 3 | 4 | 5 | 6; inlines: Inline[]; /** Unique anchor (table of contents, bookmarks). */ anchor: string }
  | { type: 'paragraph'; inlines: Inline[] }
  | { type: 'list'; ordered: boolean; start?: number; items: { checked?: boolean; blocks: ExportBlock[] }[] }
  | { type: 'quote'; blocks: ExportBlock[] }
  /** A code block of the prose, and raw HTML shown as text. */
  | { type: 'code'; text: string; lang?: string }
  | { type: 'table'; header: Cell[]; rows: Cell[][]; align: ('left' | 'center' | 'right' | null)[] }
  | { type: 'rule' }
  /** A local image inside the workspace, embedded; without `data` it is shown as its alt text and URL (remote, too large, outside the workspace, unreadable). */
  | { type: 'image'; alt: string; url: string; data?: Uint8Array; mime?: 'image/png' | 'image/jpeg'; width?: number; height?: number }
  /** A `risk`, `measure`, `transfer`, `data`, `purpose`, `processing` or `prescan` block as a card. */
  | { type: 'card'; kind: string; id: string; title: string; fields: CardField[]; marks: CardMark[] }
  /** The risk overview table (where the document's markers are, else in the annex). */
  | { type: 'risk-table'; title: string; header: Cell[]; rows: Cell[][] }
  /** The heat maps before and after mitigation (where a `dpia-heatmap` block is, else in the annex). */
  | { type: 'heatmap'; title: string; view: HeatView };

export interface ExportDocument {
  lang: Lang;
  /** Document properties (PDF info, DOCX core properties, HTML meta). */
  meta: { title: string; subject?: string; author?: string; organisation?: string; date: string };
  /** The title page: the title, then label/value lines (organisation, version, date, status, authors, reviewers, DPO advice). */
  titlePage: { title: string; fields: { label: string; value: string }[] };
  /** Heading of the table of contents, in the document's language; the writer fills in page numbers. */
  tocTitle: string;
  body: ExportBlock[];
  /** Content the document does not place itself (risk table, heat maps): an annex after the body. */
  annex?: { title: string; blocks: ExportBlock[] };
  /** Footer: the document title (writers shorten it to fit) and the page label with `{page}` and `{pages}`. */
  footer: { title: string; page: string };
}

/** What the builder of the export tree receives. */
export interface ExportInput {
  /** The document text (BOM stripped). */
  text: string;
  /** The document's analysis (from the service or `analyze`). */
  analysis: import('../environment').Analysis;
  /** The generation date (YYYY-MM-DD): `--date`, else the front matter's, never "now" when reproducible output is asked. */
  date: string;
  /** The generation date printed on the title page, when known (`--date`, the editor's today). */
  generated?: string;
  /**
   * Local images: the bytes of an image inside the workspace, or undefined (remote, outside the
   * workspace, larger than the cap, missing, not PNG/JPEG). The core never reads files or fetches URLs.
   */
  image?: (url: string) => { data: Uint8Array; mime: 'image/png' | 'image/jpeg'; width?: number; height?: number } | undefined;
}

export type ExportFormat = 'pdf' | 'docx' | 'html';
