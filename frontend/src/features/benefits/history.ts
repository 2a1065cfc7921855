// The dates a benefit's realisation is charted at: evenly spaced from the programme's start
// to today (or its end, if earlier), first and last included.

const DAY = 86_400_000;

export function historyDates(
  startsOn: string | null | undefined,
  endsOn: string | null | undefined,
  today: string,
  count = 8,
): string[] {
  if (!startsOn) return [];
  const start = Date.parse(`${startsOn}T00:00:00Z`);
  const stop = Math.min(Date.parse(`${today}T00:00:00Z`), endsOn ? Date.parse(`${endsOn}T00:00:00Z`) : Infinity);
  if (!(stop > start)) return [startsOn];
  const step = (stop - start) / (count - 1);
  return Array.from({ length: count }, (_, i) => new Date(Math.round((start + i * step) / DAY) * DAY).toISOString().slice(0, 10));
}
