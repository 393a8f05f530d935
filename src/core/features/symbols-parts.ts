/** The outline's detail for a part A/B block or a pre-scan: what it is at a glance. */
export function partDetail(v: Record<string, unknown> | undefined): string {
  if (!v) return '';
  const s = (x: unknown) => (typeof x === 'string' ? x : '');
  if (typeof v.basis === 'string') return `6(1)(${v.basis})`;
  if (typeof v.outcome === 'string') return v.outcome;
  const flags = [s(v.special), v.criminal === true ? 'Art. 10' : '', v['national-id'] === true ? 'BSN' : ''].filter(Boolean);
  return flags.join(', ');
}
