const DAY_MS = 86_400_000;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  return Number.isFinite(time) && new Date(time).toISOString().startsWith(text);
}

/** The calendar date of a simulated day: `dayToDate('2023-08-08', 2)` is `'2023-08-10'`. */
export function dayToDate(startDate: string, day: number): string {
  const start = Date.parse(`${startDate}T00:00:00Z`);
  if (!Number.isFinite(start)) throw new RangeError(`startDate must be YYYY-MM-DD, got ${startDate}`);
  return new Date(start + day * DAY_MS).toISOString().slice(0, 10);
}

/** The simulated day of a calendar date (may be negative before the start). */
export function dateToDay(startDate: string, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${startDate}T00:00:00Z`)) / DAY_MS);
}
