import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildRegister, builtinCatalogue, check, analyze, ParseCache, parseDocument } from '../../../src/core/index';
import { ROOT } from '../helpers';

/** The worked examples must say what the source reports say (issue 12). */
const EXAMPLES = join(ROOT, 'templates', 'examples');

function example(name: string) {
  const text = readFileSync(join(EXAMPLES, name), 'utf8');
  const doc = parseDocument(join(EXAMPLES, name), text, new ParseCache());
  const block = (id: string) => {
    const b = doc.blocks.find((x) => x.id === id);
    assert.ok(b?.value, `${name}: no block ${id}`);
    return b.value as Record<string, any>;
  };
  const ids = (v: Record<string, any>, key = 'mitigations') => ((v[key] ?? []) as any[]).map((m) => (typeof m === 'string' ? m : m.measure ?? m.text));
  return { text, doc, block, ids };
}

describe('worked example: Microsoft 365 Defender (memo of 13 June 2023)', () => {
  const { block, ids } = example('microsoft-365-defender.dpia.md');

  it('expresses "accept until the end of 2023" as an acceptance, not as a mitigation', () => {
    const d1 = block('D1');
    assert.ok(!ids(d1).some((m) => /ACCEPT/i.test(m ?? '')), 'an acceptance is not a measure');
    assert.equal(d1.acceptance?.until, '2023-12-31');
  });

  it('every risk says where it comes from and motivates its likelihood and impact', () => {
    for (const id of ['D1', 'D2', 'D3', 'D4']) {
      const r = block(id);
      assert.equal(typeof r.origin, 'string', id);
      assert.match(r.motivation?.likelihood ?? '', /lezing van de memo/, id);
      assert.match(r.motivation?.impact ?? '', /lezing van de memo/, id);
    }
  });

  it('the acceptance is by the organisation as controller, not by SLM Rijk', () => {
    const by: string = block('D1').acceptance.by;
    assert.match(by, /verwerkingsverantwoordelijke/);
    assert.doesNotMatch(by.replace(/niet SLM Rijk.*$/, ''), /SLM/);
  });
});

const catalogueDate = new Map(builtinCatalogue().map((e) => [e.id, e.source.date]));

describe('worked example: Teams, OneDrive and SharePoint DPIA (blog of 21 February 2022)', () => {
  const { text, doc, block, ids } = example('teams-onedrive-sharepoint.dpia.md');

  it('the special-category risk in Teams stays high after the recommended measures, with the rating the report gives', () => {
    const r7 = block('R7');
    assert.match(r7.title, /special-category data exchanged via Teams/);
    assert.equal(r7.level, 'high');
    assert.equal(r7.residual.level, 'high');
    assert.match(r7.residual.motivation.level, /resterende hoge risico/);
    const reg = buildRegister(analyze(doc));
    const row = reg.risks.find((r) => r.id === 'R7')!;
    assert.equal(row.inherent?.id, 'high');
    assert.equal(row.residual?.id, 'high', 'the stated (motivated) residual level is the one used');
  });

  it('shows what a high residual risk requires: acceptance and prior consultation, or not using Teams for such data', () => {
    const r7 = block('R7');
    assert.ok(r7.acceptance?.by && r7.consultation?.authority, 'acceptance and consultation');
    assert.match(r7.acceptance.by, /ILLUSTRATIVE/, 'the report does not say anyone accepted it: the example must say so');
    assert.match(r7.consultation.reference, /ILLUSTRATIVE/, 'the report does not say anyone consulted the authority');
    const conclusion = text.slice(text.indexOf('## 4. Conclusion'));
    assert.match(conclusion, /high risk remains/i);
    assert.match(conclusion, /M365-NO-SENSITIVE-TEAMS/);
    assert.match(conclusion, /Art\. 36/);
  });

  it('Customer Lockbox is not presented as a measure for special-category data (the blog recommends it for other stored data)', () => {
    assert.ok(!ids(block('R7')).includes('M365-CUSTOMER-LOCKBOX'));
  });

  it('the Bing removal is a commitment of February 2022, not implemented', () => {
    const bing = (block('R5').mitigations as any[]).find((m) => m.measure === 'MSFT-REMOVE-BING-SHAREPOINT');
    assert.ok(bing);
    assert.notEqual(bing.status, 'implemented');
    assert.equal(bing.due, '2022-07-31');
  });

  it('every risk motivates its likelihood and impact (the ratings are the example\'s reading of the blog)', () => {
    for (const id of ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7']) {
      const r = block(id);
      assert.equal(typeof r.origin, 'string', `${id} origin`);
      assert.equal(typeof r.motivation?.likelihood, 'string', `${id} motivation.likelihood`);
      assert.equal(typeof r.motivation?.impact, 'string', `${id} motivation.impact`);
    }
  });

  it('the six low risks carry the stated condition: follow the earlier Office 365 recommendations', () => {
    for (const id of ['R1', 'R2', 'R3', 'R4', 'R5', 'R6']) assert.ok(ids(block(id)).includes('M365-FOLLOW-OFFICE365-RECOMMENDATIONS'), id);
  });
});

describe('worked example: Teams, OneDrive and SharePoint DTIA (2022)', () => {
  const { text, block, ids } = example('teams-onedrive-sharepoint.dtia.md');

  it('step 5 does not claim that no high risk remains', () => {
    const step5 = text.slice(text.indexOf('## Step 5'), text.indexOf('## Step 6'));
    assert.doesNotMatch(step5, /no (residual )?high risk remains/i);
    assert.doesNotMatch(step5, /no prior consultation is needed/i);
    assert.match(step5, /high risk remains/);
  });

  it('the special-category transfer relies on Double Key Encryption, not on Customer Lockbox', () => {
    const t3 = ids(block('T3'), 'safeguards');
    assert.ok(t3.includes('M365-DKE'));
    assert.ok(!t3.includes('M365-CUSTOMER-LOCKBOX'));
  });
});

describe('worked examples of 2022 use only measures known in February 2022', () => {
  for (const name of ['teams-onedrive-sharepoint.dpia.md', 'teams-onedrive-sharepoint.dtia.md']) {
    it(`${name} names no measure from the 2023 Defender memo`, () => {
      const { doc, ids } = example(name);
      for (const b of doc.blocks) {
        for (const id of [...ids(b.value ?? {}), ...ids(b.value ?? {}, 'safeguards')]) {
          const date = catalogueDate.get(id);
          assert.ok(!date || date <= '2022-02-21', `${b.id}: ${id} is from ${date}`);
        }
      }
    });
  }
});

describe('worked examples: the diagnostics a reviewer should see (listed in README)', () => {
  const expected: Record<string, string[]> = {
    'microsoft-365-defender.dpia.md': ['acceptance.expired D1', 'measure.overdue D1'],
    'teams-onedrive-sharepoint.dpia.md': ['acceptance.expired R7', 'measure.overdue R5', 'risk.level-overridden R7', 'risk.level-overridden R7'],
    'teams-onedrive-sharepoint.dtia.md': ['transfer.review-overdue T1', 'transfer.review-overdue T2', 'transfer.review-overdue T3'],
    'teams-onedrive-sharepoint.prescan.md': [],
  };
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Templates and examples'), readme.indexOf('### Snippets'));
  for (const [name, want] of Object.entries(expected)) {
    it(`${name}: no errors, exactly the expected warnings and infos, each listed in README`, () => {
      const { text } = example(name);
      // Linked documents (the pre-scan's DPIA) are read beside the example, as `dpia check` reads them.
      const readResource = (_uri: string, rel: string) => {
        if (!/^\.\/[\w.-]+\.md$/.test(rel)) return { error: 'no such file' };
        try {
          return readFileSync(join(EXAMPLES, rel), 'utf8');
        } catch {
          return { error: 'no such file' };
        }
      };
      const got = check(text, { uri: join(EXAMPLES, name), today: '2026-11-23', readResource });
      assert.deepEqual(got.filter((d) => d.severity === 'error'), []);
      assert.deepEqual(got.map((d) => `${d.code} ${d.block}`).sort(), want);
      for (const w of new Set(want)) {
        const [code, id] = w.split(' ');
        assert.match(section, new RegExp(`${name.replace(/\./g, '\\.')}[^\\n]*\`${code.replace(/\./g, '\\.')}\`[^\\n]*\\b${id}\\b|\`${code.replace(/\./g, '\\.')}\`[^\\n]*\\b${id}\\b[^\\n]*${name.replace(/\./g, '\\.')}`), `README does not list ${w} for ${name}`);
      }
    });
  }
});

describe('worked example: the Teams pre-scan and the DPIA\'s parts A and B (issue 16)', () => {
  it('the pre-scan concludes "DPIA required" and links to the Teams DPIA, which names it back', () => {
    const scan = example('teams-onedrive-sharepoint.prescan.md');
    const ps = scan.block('PS-TEAMS');
    assert.equal(ps.outcome, 'dpia-required');
    assert.ok(ps['ap-list'].includes('employee-monitoring'));
    assert.equal(scan.doc.frontMatter?.value?.dpia, './teams-onedrive-sharepoint.dpia.md');
    const dpia = example('teams-onedrive-sharepoint.dpia.md');
    assert.equal(dpia.doc.frontMatter?.value?.prescan, './teams-onedrive-sharepoint.prescan.md');
    for (const id of ps.data) assert.ok(dpia.block(id), `pre-scan data ${id} is in the DPIA inventory`);
  });

  it('the DPIA records diagnostic and content data, Microsoft as processor, and the US linked to the Teams DTIA', () => {
    const { block } = example('teams-onedrive-sharepoint.dpia.md');
    assert.ok(block('D-DIAG') && block('D-CONTENT'));
    assert.equal(block('D-DIAG-ONEDRIVE').retention.period, 'P30D');
    const v = block('V-TEAMS');
    assert.ok(v.parties.some((p: any) => p.name === 'Microsoft' && p.role === 'processor' && p.agreement));
    assert.deepEqual(v.locations.find((l: any) => l.country === 'US'), { country: 'US', dtia: './teams-onedrive-sharepoint.dtia.md', note: v.locations.find((l: any) => l.country === 'US').note });
    assert.equal(block('P-COLLAB').basis, 'e');
  });
});
