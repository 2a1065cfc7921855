// Display formatting shared by every page. Pure functions: no React, no fetching.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** What we show where a value is absent. */
export const NONE = '—';

/** A GraphQL `Date` ("YYYY-MM-DD") as "1 Apr 2013"; anything unparseable is shown as given. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return NONE;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  const name = MONTHS[Number(month) - 1];
  if (!name || Number(day) < 1 || Number(day) > 31) return value;
  return `${Number(day)} ${name} ${year}`;
}

/** Today as a GraphQL `Date` in the browser's local time zone. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** True for a well-formed "YYYY-MM-DD" that names a real day. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const grouped = new Intl.NumberFormat('en-GB');

/** A value that rounded to zero reads "0", never "-0" ("-0%", "-0.0"). */
export function noNegativeZero(text: string): string {
  return /^-£?0(\.0*)?(%|\s.*)?$/.test(text) ? text.slice(1) : text;
}

/**
 * An amount in pence as whole pounds: 123456700 → "£1,234,567".
 * Rounds half away from zero. Accepts a string too, in case the API sends a 64-bit
 * integer as one, and uses BigInt so large budgets stay exact.
 */
export function formatPence(value: number | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return NONE;
  let pence: bigint;
  try {
    pence = typeof value === 'number' ? BigInt(Math.round(value)) : BigInt(value.trim());
  } catch {
    return NONE;
  }
  const negative = pence < 0n;
  const magnitude = negative ? -pence : pence;
  const pounds = (magnitude + 50n) / 100n;
  return `${negative && pounds > 0n ? '-' : ''}£${grouped.format(pounds)}`;
}

/** How many of something there are, grouped in thousands: 16407 → "16,407". */
export function formatCount(count: number): string {
  return grouped.format(count);
}

/** A plain number with thousands separators and at most `digits` decimals. */
export function formatNumber(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) return NONE;
  return noNegativeZero(new Intl.NumberFormat('en-GB', { maximumFractionDigits: digits }).format(value));
}

/** A fraction as a percentage: 0.1234 → "12%" (or "12.3%" with digits = 1). */
export function formatPercent(fraction: number | null | undefined, digits = 0): string {
  if (fraction === null || fraction === undefined || Number.isNaN(fraction)) return NONE;
  return noNegativeZero(
    new Intl.NumberFormat('en-GB', {
      style: 'percent',
      maximumFractionDigits: digits,
    }).format(fraction),
  );
}

/**
 * A benefit's figure in its unit: GBP as money, "%" glued to the number, any other unit
 * (minutes, count, ...) after a space.
 */
export function formatMeasure(value: number | null | undefined, unit: string | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return NONE;
  const u = (unit ?? '').trim();
  if (u.toUpperCase() === 'GBP' || u === '£') {
    return noNegativeZero(
      new Intl.NumberFormat('en-GB', {
        style: 'currency',
        currency: 'GBP',
        maximumFractionDigits: 0,
      }).format(value),
    );
  }
  const n = formatNumber(value);
  if (u === '') return n;
  if (u === '%') return `${n}%`;
  return `${n} ${u}`;
}

// Acronyms kept in capitals when an enum value is turned into words.
const ACRONYMS = new Set(['NHS', 'GP', 'IT', 'ICB', 'CCG', 'PCT', 'ODS', 'GBP']);

/** A SCREAMING_CASE enum value as words: "NHS_TRUST" → "NHS trust". */
export function humanise(value: string | null | undefined): string {
  if (!value) return NONE;
  return value
    .split('_')
    .filter((w) => w.length > 0)
    .map((word, i) => {
      const upper = word.toUpperCase();
      if (ACRONYMS.has(upper)) return upper;
      const lower = word.toLowerCase();
      return i === 0 ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
    })
    .join(' ');
}
