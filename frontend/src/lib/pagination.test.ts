import { describe, expect, it } from 'vitest';
import { firstPage, pageNumber, pageReducer, rangeLabel, type PageState } from './pagination';

describe('pageReducer', () => {
  it('moves forward with end cursors and back to exactly the pages seen', () => {
    let s: PageState = firstPage;
    s = pageReducer(s, { type: 'next', endCursor: 'c20' });
    s = pageReducer(s, { type: 'next', endCursor: 'c40' });
    expect(s).toEqual({ after: 'c40', previous: [null, 'c20'] });
    expect(pageNumber(s)).toBe(3);

    s = pageReducer(s, { type: 'previous' });
    expect(s).toEqual({ after: 'c20', previous: [null] });
    s = pageReducer(s, { type: 'previous' });
    expect(s).toEqual(firstPage);
    expect(pageNumber(s)).toBe(1);
  });

  it('stays put when there is nowhere to go', () => {
    expect(pageReducer(firstPage, { type: 'previous' })).toBe(firstPage);
    const s = pageReducer(firstPage, { type: 'next', endCursor: 'c1' });
    expect(pageReducer(s, { type: 'next', endCursor: null })).toBe(s);
    expect(pageReducer(s, { type: 'next', endCursor: '' })).toBe(s);
  });

  it('resets to the first page', () => {
    const s = pageReducer(pageReducer(firstPage, { type: 'next', endCursor: 'a' }), { type: 'next', endCursor: 'b' });
    expect(pageReducer(s, { type: 'reset' })).toEqual(firstPage);
  });
});

describe('rangeLabel', () => {
  it('counts rows across pages', () => {
    expect(rangeLabel(firstPage, 25, 25, 95)).toBe('1–25 of 95');
    const third: PageState = { after: 'c50', previous: [null, 'c25'] };
    expect(rangeLabel(third, 25, 25, 95)).toBe('51–75 of 95');
    const last: PageState = { after: 'c75', previous: [null, 'c25', 'c50'] };
    expect(rangeLabel(last, 25, 20, 95)).toBe('76–95 of 95');
  });

  it('handles empty pages and unknown totals', () => {
    expect(rangeLabel(firstPage, 25, 0, 0)).toBe('0 of 0');
    expect(rangeLabel(firstPage, 25, 0, null)).toBe('No results');
    expect(rangeLabel(firstPage, 25, 3, null)).toBe('1–3');
  });
});
