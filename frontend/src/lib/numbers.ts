// Numbers in and out: what a person typed read as a number, and signed figures without "-0"
// (a variance that rounds to zero reads "0%", not "-0%").

import { NONE } from './format';

/** A fraction as a signed percentage: 0.05 → "+5%", -0.001 → "0%", -0.2 → "−20%". */
export function signedPercent(fraction: number | null | undefined, digits = 0): string {
  if (fraction === null || fraction === undefined || Number.isNaN(fraction)) return NONE;
  const scale = 10 ** digits;
  const rounded = Math.round(fraction * 100 * scale) / scale;
  if (rounded === 0) return '0%';
  const text = new Intl.NumberFormat('en-GB', { maximumFractionDigits: digits }).format(Math.abs(rounded));
  return `${rounded > 0 ? '+' : '−'}${text}%`;
}

/** A number typed by a person ("1,250.5") as a number, or null. */
export function parseNumber(text: string): number | null {
  const cleaned = text.replace(/[,\s£%]/g, '');
  if (cleaned === '' || !/^-?\d*\.?\d+$/.test(cleaned)) return null;
  return Number(cleaned);
}
