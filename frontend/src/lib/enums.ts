// Enum values from DESIGN.md, for filter controls. Display text comes from `humanise`.

export const ORGANISATION_KINDS = [
  'NATIONAL_BODY',
  'STRATEGIC_HEALTH_AUTHORITY',
  'REGIONAL_TEAM',
  'AREA_TEAM',
  'NHS_TRUST',
  'FOUNDATION_TRUST',
  'PRIMARY_CARE_TRUST',
  'CLINICAL_COMMISSIONING_GROUP',
  'INTEGRATED_CARE_BOARD',
  'GP_PRACTICE',
  'SHARED_SERVICE',
  'SUPPLIER',
  'LOCAL_AUTHORITY',
  'OTHER',
] as const;

export const ORGANISATION_STATUSES = ['ACTIVE', 'DORMANT', 'PROPOSED', 'CLOSED'] as const;

export const SERVICE_LIFECYCLES = ['PIPELINE', 'LIVE', 'RETIRED'] as const;

/** True when `value` is one of `allowed`: URL parameters are checked before they reach a query. */
export function isOneOf<T extends string>(allowed: readonly T[], value: string): value is T {
  return (allowed as readonly string[]).includes(value);
}
