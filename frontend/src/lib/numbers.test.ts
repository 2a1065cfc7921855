import { describe, expect, it } from 'vitest';
import { signedPercent } from './numbers';

describe('signedPercent', () => {
  it.each([
    [0.05, '+5%'],
    [-0.2, '−20%'],
    [-0.001, '0%'],
    [-0.004, '0%'],
    [0, '0%'],
    [null, '—'],
  ])('%s -> %s', (value, expected) => {
    expect(signedPercent(value)).toBe(expected);
  });
});
