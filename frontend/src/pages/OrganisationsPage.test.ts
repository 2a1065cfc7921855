import { describe, expect, it } from 'vitest';
import { organisationFilter } from './OrganisationsPage';

describe('organisationFilter', () => {
  it('sends only the filters that are set', () => {
    expect(organisationFilter('', '', '')).toEqual({});
    expect(organisationFilter('  LEEDS ', 'NHS_TRUST', 'ACTIVE')).toEqual({
      nameContains: 'LEEDS',
      kinds: ['NHS_TRUST'],
      statuses: ['ACTIVE'],
    });
  });

  it('ignores enum values that are not in the schema', () => {
    expect(organisationFilter('x', 'HOSPITAL', 'OPEN')).toEqual({ nameContains: 'x' });
  });
});
