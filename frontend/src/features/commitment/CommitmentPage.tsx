// A commitment: its profile, trajectory and SPC charts, measurements with their corrections,
// the actions the viewer may take, and the audit trail where the viewer may read it.

import { Link, getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useQuery } from 'urql';
import { useViewer } from '../../auth/viewer';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { LiveStatus, useLiveRefresh } from '../../components/LiveUpdates';
import { Done, Failure, Loading, NotFound } from '../../components/QueryState';
import { RagTag, StatusTag } from '../../components/Tags';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate, formatMeasure, formatPercent, humanise } from '../../lib/format';
import { signedPercent } from '../../lib/numbers';
import {
  AgreeAction,
  MarkRealisedAction,
  ProposeAction,
  RecordMeasurementAction,
  SignOffAction,
  TransferAction,
  WithdrawAction,
} from './Actions';
import { Refreshing } from '../../components/ActionForm';
import { AuditTrail } from './AuditTrail';
import { EditCommitment } from './EditCommitment';
import { Measurements } from './Measurements';
import { CommitmentChangedDocument, CommitmentPageDocument } from './queries';
import { SpcChart } from './SpcChart';
import { StandingHistory } from './StandingHistory';
import { TrajectoryChart } from './TrajectoryChart';
import { TrajectoryEditor } from './TrajectoryEditor';
import type { CommitmentView } from './types';

const route = getRouteApi('/commitments/$commitmentId');

export function CommitmentPage() {
  const { commitmentId } = route.useParams();
  const { asAt } = route.useSearch();
  const [{ data, error, fetching, stale }, refetch] = useQuery({
    query: CommitmentPageDocument,
    variables: { id: commitmentId, asAt: asAt ?? null },
  });
  // Today's standing follows every change as it is made; a past date's does not move.
  const follow = !asAt;
  const heardAt = useLiveRefresh(CommitmentChangedDocument, { commitment: commitmentId }, follow, () =>
    refetch({ requestPolicy: 'network-only' }),
  );
  const [done, setDone] = useState<string | null>(null);
  // The result shown when the last action succeeded: until a newer one arrives, actions wait.
  const [shownAtDone, setShownAtDone] = useState<typeof data | null>(null);
  const refreshing = stale || (shownAtDone !== null && shownAtDone === data);
  const node = data?.node;
  const c = node?.__typename === 'Commitment' ? node : null;
  usePageTitle(c ? `${c.benefit?.title ?? 'Commitment'}: ${c.organisation?.name ?? ''}` : 'Commitment');
  if (error && !data) return <Failure error={error} />;
  if (fetching && !data) return <Loading what="the commitment" />;
  if (!c) return <NotFound what="commitment" />;
  const onDone = (message: string) => {
    setDone(message);
    setShownAtDone(data);
    refetch({ requestPolicy: 'network-only' });
  };
  return (
    <Refreshing.Provider value={refreshing}>
      <Breadcrumbs
        items={[
          { label: 'Programmes', to: '/programmes' },
          ...(c.benefit?.programme
            ? [
                {
                  label: c.benefit.programme.name,
                  to: '/programmes/$programmeId',
                  params: { programmeId: c.benefit.programme.id },
                },
              ]
            : []),
        ]}
      />
      <Done message={done} />
      <span className="nhsuk-caption-l">
        {c.organisation?.name} {c.organisation?.odsCode ? `(${c.organisation.odsCode})` : ''}
      </span>
      <h1>
        {c.benefit?.code}: {c.benefit?.title}
      </h1>
      <p>
        <StatusTag status={c.status} /> {c.progress && <RagTag rag={c.progress.rag} />}
      </p>
      {asAt && <StandingAsAt asAt={asAt} standing={c.standing} now={c.status} />}
      <LiveStatus follow={follow} heardAt={heardAt} />
      <Profile c={c} />
      <Figures c={c} />
      <h2>Trajectory</h2>
      <TrajectoryChart
        unit={c.benefit?.unit ?? ''}
        baseline={c.baseline}
        baselineOn={c.baselineOn}
        target={c.target}
        targetOn={c.targetOn}
        tolerance={c.tolerance}
        trajectory={c.trajectory}
        measurements={c.measurements.edges.map((e) => e.node)}
        forecast={c.progress?.progress !== undefined && (c.progress?.progress ?? 0) >= 1 ? null : c.progress?.forecast}
      />
      <h2>Statistical process control</h2>
      {c.spc ? <SpcChart unit={c.benefit?.unit ?? ''} spc={c.spc} /> : <p>SPC needs at least two measurements.</p>}
      <h2>Measurements</h2>
      <Measurements c={c} onDone={onDone} />
      <Actions c={c} onDone={onDone} refetch={() => refetch({ requestPolicy: 'network-only' })} />
      <StandingHistory rows={c.history} />
      <AuditTrail id={c.id} />
    </Refreshing.Provider>
  );
}

/** What the commitment was on the date the figures are read at, when that is not today's. */
function StandingAsAt({ asAt, standing, now }: { asAt: string; standing: CommitmentView['standing']; now: string }) {
  if (!standing) return <p className="nhsuk-inset-text">On {formatDate(asAt)} this commitment had not yet been made.</p>;
  if (standing.status === now) return null;
  return (
    <p className="nhsuk-inset-text">
      On {formatDate(asAt)} it stood at <StatusTag status={standing.status} /> (from {formatDate(standing.since)}).
    </p>
  );
}

function Row({ k, children }: { k: string; children: React.ReactNode }) {
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">{k}</dt>
      <dd className="nhsuk-summary-list__value">{children}</dd>
    </div>
  );
}

function Profile({ c }: { c: CommitmentView }) {
  const unit = c.benefit?.unit ?? '';
  return (
    <dl className="nhsuk-summary-list">
      <Row k="Organisation">
        {c.organisation && (
          <Link to="/organisations/$organisationId" params={{ organisationId: c.organisation.id }}>
            {c.organisation.name}
          </Link>
        )}
      </Row>
      <Row k="Benefit">
        {c.benefit && (
          <Link to="/benefits/$benefitId" params={{ benefitId: c.benefit.id }}>
            {c.benefit.measure}
          </Link>
        )}{' '}
        ({humanise(c.benefit?.direction)} is better)
      </Row>
      <Row k="Owner">
        {c.owner ? `${c.owner.name}${c.owner.jobTitle ? `, ${c.owner.jobTitle}` : ''}` : <strong>No owner named</strong>}
      </Row>
      <Row k="Baseline">
        {formatMeasure(c.baseline, unit)} on {formatDate(c.baselineOn)}
      </Row>
      <Row k="Target">
        {formatMeasure(c.target, unit)} by {formatDate(c.targetOn)}
      </Row>
      <Row k="Tolerance">{formatPercent(c.tolerance, 1)} of the committed change</Row>
      <Row k="Signed off">
        {c.signedOffOn
          ? `Signed off on ${formatDate(c.signedOffOn)}${c.signedOffBy ? ` by ${c.signedOffBy.name}` : ''}`
          : 'Not signed off'}
      </Row>
      {c.withdrawalReason && <Row k="Withdrawn because">{c.withdrawalReason}</Row>}
      {c.transferredFrom && (
        <Row k="Transferred from">
          <Link to="/commitments/$commitmentId" params={{ commitmentId: c.transferredFrom.id }}>
            {c.transferredFrom.organisation?.name}
          </Link>
        </Row>
      )}
      {c.transferredTo && (
        <Row k="Transferred to">
          <Link to="/commitments/$commitmentId" params={{ commitmentId: c.transferredTo.id }}>
            {c.transferredTo.organisation?.name}
          </Link>
        </Row>
      )}
      {c.notes && <Row k="Notes">{c.notes}</Row>}
    </dl>
  );
}

function Figures({ c }: { c: CommitmentView }) {
  const p = c.progress;
  if (!p) return null;
  const unit = c.benefit?.unit ?? '';
  const achieved = (p.progress ?? 0) >= 1;
  return (
    <>
      <h2>Progress as at {formatDate(p.asAt)}</h2>
      <dl className="nhsuk-summary-list" data-testid="figures">
        <Row k="Actual">
          {p.actual === null || p.actual === undefined
            ? 'Not measured'
            : `${formatMeasure(p.actual, unit)} (measured ${formatDate(p.actualOn)})`}
        </Row>
        <Row k="Planned by this date">{formatMeasure(p.planned, unit)}</Row>
        <Row k="Progress">{formatPercent(p.progress)} of the committed change</Row>
        <Row k="Planned progress">{formatPercent(p.plannedProgress)}</Row>
        <Row k="Variance">{signedPercent(p.variance)}</Row>
        <Row k="RAG">
          <RagTag rag={p.rag} />
        </Row>
        <Row k="Forecast at the target date">
          {achieved
            ? 'Target achieved'
            : p.forecast === null || p.forecast === undefined
              ? 'Needs two measurements'
              : `${formatMeasure(p.forecast, unit)}: ${p.onTrackToTarget ? 'on track to reach the target' : 'forecast misses the target'}`}
        </Row>
      </dl>
    </>
  );
}

function Actions({ c, onDone, refetch }: { c: CommitmentView; onDone: (m: string) => void; refetch: () => void }) {
  const can = c.viewerCan;
  const viewer = useViewer();
  const any = Object.entries(can).some(([k, v]) => k !== '__typename' && v === true);
  if (!any) {
    return viewer.role === 'PARTNER' ? null : (
      <p className="nhsuk-body-s" data-testid="no-actions">
        There is nothing you can change on this commitment.
      </p>
    );
  }
  return (
    <section aria-labelledby="actions-title" className="app-actions">
      <h2 id="actions-title">What you can do</h2>
      {can.signOff && <SignOffAction c={c} onDone={onDone} />}
      {can.agree && <AgreeAction c={c} onDone={onDone} />}
      {can.propose && <ProposeAction c={c} onDone={onDone} />}
      {can.recordMeasurement && <RecordMeasurementAction c={c} onDone={onDone} />}
      {can.markRealised && <MarkRealisedAction c={c} onDone={onDone} />}
      {can.update && <EditCommitment key={c.status} c={c} onDone={onDone} refetch={refetch} />}
      {can.setTrajectory && <TrajectoryEditor key={`trajectory-${c.status}`} c={c} onDone={onDone} refetch={refetch} />}
      {can.transfer && <TransferAction c={c} onDone={onDone} />}
      {can.withdraw && <WithdrawAction c={c} onDone={onDone} />}
    </section>
  );
}
