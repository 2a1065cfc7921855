// The register's filters and sort, each a select that moves the URL's search.

import { SelectField } from '../../components/forms';
import type { CommitmentStatus, Rag, RegisterSort } from '../../gql/graphql';
import { humanise } from '../../lib/format';
import type { RegisterSearch } from './RegisterPage';

const STATUSES: CommitmentStatus[] = ['DRAFT', 'PROPOSED', 'AGREED', 'SIGNED_OFF', 'REALISED', 'WITHDRAWN', 'TRANSFERRED'];
const RAGS: Rag[] = ['RED', 'AMBER', 'GREEN', 'BLUE', 'NOT_MEASURED'];
const SORTS = [
  { value: 'BENEFIT', label: 'Benefit and organisation' },
  { value: 'RAG', label: 'RAG, worst first' },
  { value: 'VARIANCE', label: 'Variance, most behind first' },
  { value: 'VARIANCE-', label: 'Variance, most ahead first' },
  { value: 'PROGRESS', label: 'Progress, least first' },
  { value: 'PROGRESS-', label: 'Progress, most first' },
];

/** Something to pick from: an id and what to call it. */
export interface Choice {
  value: string;
  label: string;
}

export function RegisterFilters({
  search,
  setSearch,
  regions,
  benefits,
}: {
  search: RegisterSearch;
  setSearch: (patch: Partial<RegisterSearch>) => void;
  regions: Choice[];
  benefits: Choice[];
}) {
  return (
    <div className="app-filters">
      <SelectField
        form="register"
        field="status"
        label="Status"
        value={search.status ?? ''}
        onChange={(v) => setSearch({ status: (v || undefined) as CommitmentStatus | undefined })}
        options={[{ value: '', label: 'Any status' }, ...STATUSES.map((x) => ({ value: x, label: humanise(x) }))]}
      />
      <SelectField
        form="register"
        field="rag"
        label="RAG"
        value={search.rag ?? ''}
        onChange={(v) => setSearch({ rag: (v || undefined) as Rag | undefined })}
        options={[{ value: '', label: 'Any' }, ...RAGS.map((x) => ({ value: x, label: humanise(x) }))]}
      />
      <SelectField
        form="register"
        field="region"
        label="Region"
        value={search.region ?? ''}
        onChange={(v) => setSearch({ region: v || undefined })}
        options={[{ value: '', label: 'All regions' }, ...regions]}
      />
      <SelectField
        form="register"
        field="benefit"
        label="Benefit"
        value={search.benefit ?? ''}
        onChange={(v) => setSearch({ benefit: v || undefined })}
        options={[{ value: '', label: 'All benefits' }, ...benefits]}
      />
      <SelectField
        form="register"
        field="sort"
        label="Sort by"
        value={`${search.sort ?? 'BENEFIT'}${search.descending ? '-' : ''}`}
        onChange={(v) => setSearch({ sort: v.replace('-', '') as RegisterSort, descending: v.endsWith('-') || undefined })}
        options={SORTS}
      />
    </div>
  );
}
