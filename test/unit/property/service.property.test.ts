import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { check, createService, parseDocument, ParseCache, type Diagnostic } from '../../../src/core/index';
import { splitLines, stripBom } from '../../../src/core/text/lines';
import { scanText, rescan } from '../../../src/core/parse/line-scan';
import { applyEdit, documentArb, editArb, params } from './arbitraries';

const TODAY = '2026-11-23';

/** What a user sees of a diagnostic (fixes included, read through their getters). */
function seen(d: Diagnostic[]): unknown[] {
  return d.map((x) => ({ code: x.code, severity: x.severity, message: x.message, range: x.range, fixes: x.fixes?.map((f) => ({ title: f.title, edits: f.edits })) }));
}

function assertInside(text: string, diags: Diagnostic[]): void {
  const lines = splitLines(stripBom(text));
  for (const d of diags) {
    for (const p of [d.range.start, d.range.end]) {
      assert.ok(p.line >= 0 && p.line < lines.length, `${d.code}: line ${p.line} outside 0..${lines.length - 1}`);
      assert.ok(p.character >= 0 && p.character <= lines[p.line].text.length, `${d.code}: character ${p.character} outside line ${p.line} (length ${lines[p.line].text.length})`);
    }
    const { start, end } = d.range;
    assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character), `${d.code}: range ends before it starts`);
  }
}

const fenceStart = () => 0;

describe('property: the language service on generated documents and edit sequences', () => {
  it('never throws, and every diagnostic range lies inside the document', () => {
    fc.assert(
      fc.property(documentArb, fc.constantFrom('a.dpia.md', 'b.dtia.md', 'notes.md'), (text, uri) => {
        assertInside(text, check(text, { uri, today: TODAY }));
      }),
      params(),
    );
  });

  it('every offset of every block maps to a position inside its line (tabs, indented fences, containers)', () => {
    fc.assert(
      fc.property(documentArb, (text) => {
        const doc = parseDocument('a.dpia.md', text, new ParseCache());
        for (const sec of [...(doc.frontMatter ? [doc.frontMatter] : []), ...doc.blocks]) {
          for (let o = 0; o <= sec.parsed.text.length; o++) {
            const p = sec.map.position(o);
            const line = doc.lines[p.line];
            assert.ok(line && p.character >= 0 && p.character <= line.text.length, `offset ${o} of a ${sec.kind} maps to ${p.line}:${p.character}`);
          }
        }
      }),
      params(),
    );
  });

  it('after every edit, the incremental result equals a from-scratch check', () => {
    fc.assert(
      fc.property(documentArb, fc.array(editArb, { minLength: 1, maxLength: 8 }), (start, edits) => {
        const service = createService({ settingsFor: () => ({ today: TODAY }) });
        let text = start;
        let version = 0;
        service.update('doc.dpia.md', text, version++);
        for (const e of edits) {
          text = applyEdit(text, e);
          // Fixes that are costly are resolved on request (as LSP codeAction/resolve); check() resolves them all.
          const incremental = service.update('doc.dpia.md', text, version++)!.diagnostics.map((d) => (d.fixes ? { ...d, fixes: d.fixes.map((f) => service.resolveFix('doc.dpia.md', f)) } : d));
          assertInside(text, incremental);
          assert.deepStrictEqual(seen(incremental), seen(check(text, { uri: 'doc.dpia.md', today: TODAY })));
        }
      }),
      params(),
    );
  });

  it('the incremental line and fence scan equals a full scan after every edit', () => {
    fc.assert(
      fc.property(documentArb, fc.array(editArb, { minLength: 1, maxLength: 8 }), (start, edits) => {
        let text = stripBom(start);
        let scan = scanText(text, fenceStart);
        for (const e of edits) {
          text = applyEdit(text, e);
          scan = rescan(scan, text, fenceStart);
          const full = scanText(text, fenceStart);
          assert.deepStrictEqual(scan.lines, full.lines);
          assert.deepStrictEqual(Array.from(scan.starts), Array.from(full.starts));
          assert.deepStrictEqual(Array.from(scan.states), Array.from(full.states));
          assert.deepStrictEqual(scan.fences, full.fences);
        }
      }),
      params(),
    );
  });
});
