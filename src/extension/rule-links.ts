import { ruleAnchor } from '../core/index';

/**
 * The line of each rule's section in the README, keyed by anchor ("riskunmitigated-high" → 812).
 * VS Code opens a file link at a line given as `#L<line>` but ignores a heading anchor (the editor
 * would open at line 1), so a diagnostic's code links to `README.md#L<line>` of its `### \`code\`` heading.
 */
export function ruleSectionLines(readme: string): Map<string, number> {
  const lines = new Map<string, number>();
  readme.split(/\r?\n/).forEach((text, i) => {
    const m = /^### `([^`]+)`\s*$/.exec(text);
    if (m && !lines.has(m[1].replace(/\./g, '').toLowerCase())) lines.set(m[1].replace(/\./g, '').toLowerCase(), i);
  });
  return lines;
}

/** The fragment that opens the README at a code's section: "L813" (1-based), or the anchor when the README has no such heading. */
export function ruleFragment(code: string, sections: Map<string, number>): string {
  const anchor = ruleAnchor(code);
  const line = sections.get(anchor);
  return line === undefined ? anchor : `L${line + 1}`;
}
