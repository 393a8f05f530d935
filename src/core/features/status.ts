import type { Analysis } from '../environment';
import { consultationGap } from '../model/assess';
import { pick, type Localized } from '../i18n/lang';

/** The overall state of one DPIA/DTIA document, for a status bar. */
export interface DocumentStatus {
  /** `open`: high risks without acceptance and held consultation; `controlled`: none; `empty`: no risk blocks. */
  state: 'open' | 'controlled' | 'empty';
  /** Risks whose level in force is at or above the matrix's consultation threshold and are not accepted after a held consultation. */
  highOpen: number;
  risks: number;
  errors: number;
  warnings: number;
  /** "DPIA: 2 high risks open" (in the document's language). */
  text: string;
  /** One line more: what counts as high and how many errors and warnings the document has. */
  tooltip: string;
}

/**
 * The document's overall state. A risk is "high and open" when its level in force (the residual
 * level when stated, else the inherent level) is at or above the matrix's
 * `consultation-required-from` (default: the highest level) and it lacks an `acceptance` together
 * with a prior consultation that has been held (GDPR Art. 36; the same test as `risk.residual-high`).
 */
export function documentStatus(analysis: Pick<Analysis, 'document' | 'environment' | 'risks' | 'diagnostics'>): DocumentStatus {
  const { environment: env } = analysis;
  const t = (text: Localized) => pick(text, env.lang);
  const from = env.matrix.consultationFrom;
  const highOpen = analysis.risks.filter((r) => {
    const level = r.residual?.computed ?? r.inherent.computed;
    if (!env.matrix.atLeast(level, from)) return false;
    return !(r.acceptance && !consultationGap(r.consultation, env.today));
  }).length;
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = analysis.diagnostics.filter((d) => d.severity === 'warning').length;
  const kind = analysis.document.type === 'dtia' ? 'DTIA' : 'DPIA';
  const risks = analysis.risks.length;
  const state = highOpen > 0 ? 'open' : risks === 0 ? 'empty' : 'controlled';
  const summary =
    state === 'open'
      ? highOpen === 1
        ? t({ en: '1 high risk open', nl: '1 hoog risico open' })
        : t({ en: `${highOpen} high risks open`, nl: `${highOpen} hoge risico's open` })
      : state === 'empty'
        ? t({ en: 'no risks recorded', nl: "geen risico's vastgelegd" })
        : t({ en: 'all risks under control', nl: "alle risico's beheerst" });
  const threshold = env.matrix.label(from, env.lang);
  const counts = t({ en: `${errors} error(s), ${warnings} warning(s)`, nl: `${errors} fout(en), ${warnings} waarschuwing(en)` });
  const tooltip = t({
    en: `${risks} risk(s); high means ${threshold} or above (residual level, else inherent) without acceptance and a held consultation (GDPR Art. 36). ${counts}.`,
    nl: `${risks} risico('s); hoog is ${threshold} of hoger (restrisico, anders inherent risico) zonder acceptatie en gehouden raadpleging (AVG art. 36). ${counts}.`,
  });
  return { state, highOpen, risks, errors, warnings, text: `${kind}: ${summary}`, tooltip };
}
