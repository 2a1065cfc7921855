import { describe, expect, it } from 'vitest';
import { href, parseRoute, sectionOf } from './router';

describe('parseRoute', () => {
  it('treats an empty hash as the programme board', () => {
    expect(parseRoute('')).toEqual({ name: 'programmes' });
    expect(parseRoute('#')).toEqual({ name: 'programmes' });
    expect(parseRoute('#/')).toEqual({ name: 'programmes' });
    expect(parseRoute('#/programmes')).toEqual({ name: 'programmes' });
  });

  it('reads ids, ODS codes and query parameters', () => {
    expect(parseRoute('#/programmes/UHJvZ3JhbW1lOjE%3D?asAt=2012-04-01')).toEqual({
      name: 'programme',
      id: 'UHJvZ3JhbW1lOjE=',
      asAt: '2012-04-01',
    });
    expect(parseRoute('#/organisations?q=leeds&kind=NHS_TRUST')).toEqual({
      name: 'organisations',
      q: 'leeds',
      kind: 'NHS_TRUST',
      status: '',
    });
    expect(parseRoute('#/ods/RR8')).toEqual({ name: 'organisationByOdsCode', odsCode: 'RR8', asAt: null });
    expect(parseRoute('#/services?lifecycle=LIVE')).toEqual({ name: 'services', lifecycle: 'LIVE' });
    expect(parseRoute('#/services/abc')).toEqual({ name: 'service', id: 'abc' });
  });

  it('sends unknown or malformed paths to not found', () => {
    expect(parseRoute('#/nowhere')).toEqual({ name: 'notFound', path: '/nowhere' });
    expect(parseRoute('#/services/a/b')).toEqual({ name: 'notFound', path: '/services/a/b' });
    expect(parseRoute('#/services/%E0%A4%A')).toMatchObject({ name: 'notFound' });
  });
});

describe('href', () => {
  it('round-trips through parseRoute, including ids with / and =', () => {
    const id = 'T3JnYW5pc2F0aW9uOjQy/+=';
    expect(parseRoute(href.organisation(id, '2010-01-01'))).toEqual({ name: 'organisation', id, asAt: '2010-01-01' });
    expect(parseRoute(href.programme(id))).toEqual({ name: 'programme', id, asAt: null });
    expect(parseRoute(href.service(id))).toEqual({ name: 'service', id });
    expect(parseRoute(href.organisations({ q: 'St Mary & St John', status: 'ACTIVE' }))).toEqual({
      name: 'organisations',
      q: 'St Mary & St John',
      kind: '',
      status: 'ACTIVE',
    });
  });

  it('leaves empty parameters out of the URL', () => {
    expect(href.organisations({ q: '', kind: '', status: '' })).toBe('#/organisations');
    expect(href.programme('x', null)).toBe('#/programmes/x');
  });
});

describe('sectionOf', () => {
  it('maps each page to its navigation section', () => {
    expect(sectionOf(parseRoute('#/ods/RR8'))).toBe('organisations');
    expect(sectionOf(parseRoute('#/programmes/1'))).toBe('programmes');
    expect(sectionOf(parseRoute('#/services'))).toBe('services');
    expect(sectionOf(parseRoute('#/nowhere'))).toBeNull();
  });
});
