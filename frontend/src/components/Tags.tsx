// Status and RAG as NHS.UK tags: always a text label, the colour only reinforces it.

import { humanise } from '../lib/format';
import { ragInfo } from '../lib/rag';

const RAG_TAG: Record<string, string> = {
  RED: 'nhsuk-tag--red',
  AMBER: 'nhsuk-tag--orange',
  GREEN: 'nhsuk-tag--green',
  BLUE: 'nhsuk-tag--blue',
  NOT_MEASURED: 'nhsuk-tag--grey',
};

export function RagTag({ rag }: { rag: string | null | undefined }) {
  const info = ragInfo(rag);
  return (
    <strong className={`nhsuk-tag ${RAG_TAG[rag ?? ''] ?? 'nhsuk-tag--grey'}`} title={info.meaning}>
      {info.label}
    </strong>
  );
}

const STATUS_TAG: Record<string, string> = {
  DRAFT: 'nhsuk-tag--grey',
  PROPOSED: 'nhsuk-tag--yellow',
  AGREED: 'nhsuk-tag--aqua-green',
  SIGNED_OFF: 'nhsuk-tag--green',
  REALISED: 'nhsuk-tag--blue',
  WITHDRAWN: 'nhsuk-tag--red',
  TRANSFERRED: 'nhsuk-tag--purple',
  LIVE: 'nhsuk-tag--green',
  PIPELINE: 'nhsuk-tag--yellow',
  RETIRED: 'nhsuk-tag--grey',
  ACTIVE: 'nhsuk-tag--green',
  CLOSED: 'nhsuk-tag--grey',
};

export function StatusTag({ status }: { status: string }) {
  return <strong className={`nhsuk-tag ${STATUS_TAG[status] ?? 'nhsuk-tag--white'}`}>{humanise(status)}</strong>;
}
