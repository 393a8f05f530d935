/** True for a real calendar date written YYYY-MM-DD (2024-02-30 is not). */
export function isIsoDate(v: unknown): v is string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** A date that has passed: an ISO date before `today` (never, when the date rules are off: `today` null). */
export function datePassed(date: unknown, today: string | null): date is string {
  return !!today && isIsoDate(date) && date < today;
}

/** Today's date in local time as ISO YYYY-MM-DD: the default date of the date rules. */
export function isoToday(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
