import type { Lang } from './lang';

// Country names that take an article in running text. English: "the United States", "the
// Netherlands", "the Philippines"; Dutch: "de Verenigde Staten", "het Verenigd Koninkrijk",
// "de Filipijnen". Names not listed take none ("India", "Zwitserland").
const EN_THE = /^(United |Czech Republic$|Dominican Republic$|Central African Republic$|Democratic Republic|Republic of |Holy See|Gambia$|Netherlands$|Philippines$|Bahamas$|Maldives$|Comoros$|Seychelles$)|Islands$/;
const NL_HET = /^Verenigd /;
const NL_DE = /^(Verenigde |Filipijnen$|Bahama's$|Malediven$|Comoren$|Seychellen$|Faeröer$)|eilanden$|Republiek/;

/** A country's short name as it reads inside a sentence, with its article: "the United States", "de Verenigde Staten". */
export function withArticle(name: string, lang: Lang): string {
  if (lang === 'en') return EN_THE.test(name) ? `the ${name}` : name;
  if (NL_HET.test(name)) return `het ${name}`;
  return NL_DE.test(name) ? `de ${name}` : name;
}

/** The same at the start of a sentence: "The United States", "De Verenigde Staten". */
export function withArticleCapital(name: string, lang: Lang): string {
  const s = withArticle(name, lang);
  return s.charAt(0).toUpperCase() + s.slice(1);
}
