// Filling a template for "New DPIA from template…": a pure function over the template's text, the
// same for every template in templates/ and both languages (the editor command only asks and writes).

export interface TemplateValues {
  /** The document's title (front matter `title` and the first `#` heading). */
  title: string;
  /** The organisation (front matter `organisation`); the template's placeholder stays when empty. */
  organisation?: string;
  /** Today, YYYY-MM-DD (front matter `date`, and `<date>`/`<datum>` in the text). */
  date: string;
}

/** A YAML scalar that reads back as the same string: single-quoted, quotes doubled, line breaks flattened. */
export function yamlString(s: string): string {
  return `'${s.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/'/g, "''")}'`;
}

/**
 * Markdown swallows `<name of the processing>` (it parses as an HTML tag): outside fenced blocks,
 * code spans, HTML comments and the front matter, a placeholder `<…>` is written `‹…›`, which the
 * preview and the outline show as it is. Real HTML (`<br>`, `<a href="…">`, `</p>`) is left alone:
 * a placeholder has no `=`, `"` or `/`, and is not the name of an HTML element.
 */
export function visiblePlaceholders(line: string): string {
  return line
    .split(/(`+[^`]*`+)/)
    .map((part, i) => (i % 2 ? part : part.replace(/<(?![!/])([^<>\n="/]+)>/g, (tag, inner: string) => (/[ ,]/.test(inner) || !HTML.has(inner.toLowerCase()) ? `‹${inner.trim()}›` : tag))))
    .join('');
}

/** Tags a template may use as HTML (a one-word `<…>` that is none of these is a placeholder). */
const HTML = new Set('a abbr b br code del details div em h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s small span strong sub summary sup table tbody td th thead tr u ul'.split(' '));

const DATE_PLACEHOLDER = /<(date|datum)>/g;

/** The template with title, organisation and date filled in and its remaining placeholders made visible. */
export function fillTemplate(template: string, values: TemplateValues): string {
  const eol = template.includes('\r\n') ? '\r\n' : '\n';
  const lines = template.split(/\r?\n/);
  let i = 0;
  // Front matter: the fields the user gave replace the template's values.
  if (lines[0] === '---') {
    for (i = 1; i < lines.length && lines[i] !== '---'; i++) {
      const l = lines[i];
      if (/^title:/.test(l)) lines[i] = `title: ${yamlString(values.title)}`;
      else if (/^organisation:/.test(l) && values.organisation?.trim()) lines[i] = `organisation: ${yamlString(values.organisation.trim())}`;
      else if (/^date:/.test(l)) lines[i] = `date: ${values.date}`;
    }
    i++;
  }
  let fence: string | undefined;
  let comment = false;
  let table = false;
  let heading = false;
  const title = values.title.replace(/[\r\n\u2028\u2029]+/g, ' ');
  for (; i < lines.length; i++) {
    const l = lines[i];
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(l);
    if (fence) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length && !l.trim().slice(f[1].length).trim()) fence = undefined;
      continue;
    }
    if (f) {
      fence = f[1];
      continue;
    }
    // The generated risk table stays as generated (the table.stale check compares it cell by cell).
    if (/^<!-- dpia:risk-table -->\s*$/.test(l.trim())) table = true;
    if (table) {
      if (/^<!-- \/dpia:risk-table -->\s*$/.test(l.trim())) table = false;
      continue;
    }
    if (comment || l.includes('<!--')) {
      comment = !l.includes('-->', l.lastIndexOf('<!--') + 4) && (comment || l.lastIndexOf('<!--') > l.lastIndexOf('-->'));
      continue;
    }
    if (!heading && /^# /.test(l)) {
      // The first heading names the document (the outline's root).
      lines[i] = `# ${title}`;
      heading = true;
      continue;
    }
    lines[i] = visiblePlaceholders(l.replace(DATE_PLACEHOLDER, values.date));
  }
  return lines.join(eol);
}

/**
 * A file name from a title: lower case, accents dropped, words joined by "-", at most 60 characters,
 * with the document type's extension ("DPIA Teams & OneDrive" → "dpia-teams-onedrive.dpia.md").
 */
export type TemplateType = 'dpia' | 'dtia' | 'prescan';

export function fileNameFor(title: string, type: TemplateType): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || type}.${type}.md`;
}

/** The document type a template declares in its front matter (`type: dtia`, `type: prescan`), dpia otherwise. */
export function templateType(template: string): TemplateType {
  const m = /^---\r?\n(?:.*\r?\n)*?type:\s*['"]?(dtia|prescan)\b/m.exec(template);
  return m ? (m[1] as TemplateType) : 'dpia';
}
