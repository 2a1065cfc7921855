import { describe, expect, it } from 'vitest';
import { pageVariables } from './Pager';

describe('pageVariables', () => {
  it('reads the first page from the start', () => {
    expect(pageVariables({}, 25)).toEqual({ first: 25, after: null, last: null, before: null });
  });

  it('reads a next page after the last item seen', () => {
    expect(pageVariables({ after: 'b' }, 25)).toEqual({ first: 25, after: 'b', last: null, before: null });
  });

  it('reads a previous page as the last items before the first seen', () => {
    expect(pageVariables({ before: 'a' }, 50)).toEqual({ first: null, after: null, last: 50, before: 'a' });
  });
});
