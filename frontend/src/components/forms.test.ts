import { describe, expect, it } from 'vitest';
import { summaryText } from './forms';

describe('summaryText', () => {
  it.each([
    ['Code', 'must not be blank', 'Code: must not be blank'],
    ['Unit', 'the unit is too long', 'Unit: the unit is too long'],
    ['Availability target', 'Enter the availability target as a percentage', 'Enter the availability target as a percentage'],
    [undefined, 'must not be blank', 'must not be blank'],
    ['Code', '', ''],
  ])('%s with "%s" reads "%s"', (label, message, expected) => {
    expect(summaryText(label, message)).toBe(expected);
  });
});
