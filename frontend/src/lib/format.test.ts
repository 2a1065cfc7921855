import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDate,
  formatMeasure,
  formatNumber,
  formatPence,
  formatPercent,
  humanise,
  isIsoDate,
  NONE,
  todayIso,
} from './format';

describe('formatPence', () => {
  it('shows whole pounds with thousands separators', () => {
    expect(formatPence(123456700)).toBe('£1,234,567');
    expect(formatPence(0)).toBe('£0');
    expect(formatPence(99)).toBe('£1');
  });

  it('rounds half a pound up', () => {
    expect(formatPence(150)).toBe('£2');
    expect(formatPence(149)).toBe('£1');
  });

  it('keeps 64-bit budgets exact when sent as strings', () => {
    expect(formatPence('900719925474099300')).toBe('£9,007,199,254,740,993');
  });

  it('signs negative amounts and treats absent ones as none', () => {
    expect(formatPence(-250000)).toBe('-£2,500');
    expect(formatPence(-10)).toBe('£0');
    expect(formatPence(null)).toBe(NONE);
    expect(formatPence(undefined)).toBe(NONE);
    expect(formatPence('not money')).toBe(NONE);
  });
});

describe('formatDate', () => {
  it('formats a GraphQL Date as day, short month, year', () => {
    expect(formatDate('2013-04-01')).toBe('1 Apr 2013');
    expect(formatDate('2015-12-31')).toBe('31 Dec 2015');
  });

  it('passes through what it cannot parse and shows none for null', () => {
    expect(formatDate('2013-13-01')).toBe('2013-13-01');
    expect(formatDate('yesterday')).toBe('yesterday');
    expect(formatDate(null)).toBe(NONE);
  });
});

describe('isIsoDate and todayIso', () => {
  it('accepts only real days', () => {
    expect(isIsoDate('2012-02-29')).toBe(true);
    expect(isIsoDate('2013-02-29')).toBe(false);
    expect(isIsoDate('2013-4-1')).toBe(false);
  });

  it('gives the local date as YYYY-MM-DD', () => {
    expect(todayIso(new Date(2013, 3, 1, 23, 59))).toBe('2013-04-01');
  });
});

describe('formatMeasure', () => {
  it('formats each kind of unit', () => {
    expect(formatMeasure(1250000, 'GBP')).toBe('£1,250,000');
    expect(formatMeasure(12.5, '%')).toBe('12.5%');
    expect(formatMeasure(30, 'minutes')).toBe('30 minutes');
    expect(formatMeasure(1234.567, 'count')).toBe('1,234.57 count');
    expect(formatMeasure(7, null)).toBe('7');
    expect(formatMeasure(null, 'GBP')).toBe(NONE);
  });
});

describe('formatCount', () => {
  it('groups counts in thousands', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(16407)).toBe('16,407');
    expect(formatCount(1234567)).toBe('1,234,567');
  });
});

describe('formatNumber and formatPercent', () => {
  it('formats plain numbers and fractions', () => {
    expect(formatNumber(1234567.891)).toBe('1,234,567.89');
    expect(formatNumber(3.14159, 0)).toBe('3');
    expect(formatPercent(0.1234)).toBe('12%');
    expect(formatPercent(0.1234, 1)).toBe('12.3%');
    expect(formatPercent(1.05)).toBe('105%');
    expect(formatPercent(null)).toBe(NONE);
  });
});

describe('humanise', () => {
  it('turns SCREAMING_CASE into a sentence, keeping acronyms', () => {
    expect(humanise('CASH_RELEASING')).toBe('Cash releasing');
    expect(humanise('NHS_TRUST')).toBe('NHS trust');
    expect(humanise('GP_PRACTICE')).toBe('GP practice');
    expect(humanise('CLINICAL_COMMISSIONING_GROUP')).toBe('Clinical commissioning group');
    expect(humanise('LIVE')).toBe('Live');
    expect(humanise(null)).toBe(NONE);
  });
});

describe('no "-0"', () => {
  it('reads a value that rounds to zero as zero, in every format', async () => {
    const { formatMeasure, formatNumber, formatPercent, noNegativeZero } = await import('./format');
    expect(formatMeasure(-0.2, 'GBP')).toBe('£0');
    expect(formatMeasure(-0.001, '%')).toBe('0%');
    expect(formatMeasure(-0.001, 'minutes')).toBe('0 minutes');
    expect(formatNumber(-0.001)).toBe('0');
    expect(formatPercent(-0.001)).toBe('0%');
    expect(formatMeasure(-12, 'GBP')).toBe('-£12');
    expect(noNegativeZero('-0.5')).toBe('-0.5');
  });
});
