// A deployment: a service at one organisation, its status and go-live dates, the readiness
// gates it must pass, and its service level reports; the board changes each here.

import { Link, getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useViewer } from '../../auth/viewer';
import { ActionForm } from '../../components/ActionForm';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { DateInput, EMPTY_DATE, optionalDate, partsOf, type DateParts } from '../../components/DateInput';
import { SelectField, TextField, errorFor, type FieldError } from '../../components/forms';
import { Done, Failure, Loading, NotFound } from '../../components/QueryState';
import { StatusTag } from '../../components/Tags';
import { usePageTitle } from '../../components/usePageTitle';
import { graphql } from '../../gql';
import type { DeploymentFieldsFragment, DeploymentStatus, GateStatus } from '../../gql/graphql';
import { outcome, type FormOutcome } from '../../graphql/mutation';
import { formatDate, humanise } from '../../lib/format';
import { DEPLOYMENT_STATUSES } from './DeployService';
import { RecordServiceLevelReport, ServiceLevelTable } from './ServiceLevels';

const route = getRouteApi('/deployments/$deploymentId');

const DeploymentDocument = graphql(`
  query DeploymentPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on Deployment {
        ...DeploymentFields
        serviceLevelReports {
          periodStart
          periodEnd
          availability
          incidents
          notes
          met
        }
      }
    }
  }
`);

const UpdateDeploymentDocument = graphql(`
  mutation UpdateDeployment($input: UpdateDeploymentInput!) {
    updateDeployment(input: $input) {
      deployment {
        ...DeploymentFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const SetGateDocument = graphql(`
  mutation SetReadinessGate($input: SetReadinessGateInput!) {
    setReadinessGate(input: $input) {
      deployment {
        ...DeploymentFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const GATE_STATUSES: GateStatus[] = ['PENDING', 'PASSED', 'FAILED'];

export function DeploymentPage() {
  const viewer = useViewer();
  const { deploymentId } = route.useParams();
  const [{ data, error, fetching }] = useQuery({ query: DeploymentDocument, variables: { id: deploymentId } });
  const [done, setDone] = useState<string | null>(null);
  const d = data?.node?.__typename === 'Deployment' ? data.node : null;
  const title = d ? `${d.service?.name ?? 'Service'} at ${d.organisation?.name ?? 'an organisation'}` : 'Deployment';
  usePageTitle(title);
  if (error && !data) return <Failure error={error} />;
  if (fetching && !data) return <Loading what="the deployment" />;
  if (!d) return <NotFound what="deployment" />;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Service catalogue', to: '/services' },
          ...(d.service ? [{ label: d.service.name, to: '/services/$serviceId', params: { serviceId: d.service.id } }] : []),
        ]}
      />
      <Done message={done} />
      <span className="nhsuk-caption-l">Deployment</span>
      <h1>{title}</h1>
      <dl className="nhsuk-summary-list">
        <Row k="Organisation">
          {d.organisation && (
            <Link to="/organisations/$organisationId" params={{ organisationId: d.organisation.id }}>
              {d.organisation.name} {d.organisation.odsCode ? `(${d.organisation.odsCode})` : ''}
            </Link>
          )}
        </Row>
        <Row k="Status">
          <StatusTag status={d.status} />
        </Row>
        <Row k="Planned go-live">{formatDate(d.plannedGoLive)}</Row>
        <Row k="Went live on">{formatDate(d.wentLiveOn)}</Row>
      </dl>
      {viewer.can.writeDeployments && <ChangeDeployment d={d} onDone={setDone} />}
      <h2>Readiness gates</h2>
      {d.readinessGates.length === 0 ? (
        <p>No readiness gate has been set.</p>
      ) : (
        <table className="nhsuk-table">
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Gate</th>
              <th scope="col">Status</th>
              <th scope="col">Decided on</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {d.readinessGates.map((g) => (
              <tr key={g.name}>
                <td>{g.name}</td>
                <td>
                  <StatusTag status={g.status} />
                </td>
                <td>{formatDate(g.decidedOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {viewer.can.writeDeployments && <SetReadinessGate deployment={d.id} onDone={setDone} />}
      <h2>Service level reports</h2>
      <ServiceLevelTable
        reports={data?.node?.__typename === 'Deployment' ? data.node.serviceLevelReports : []}
        showSite={false}
      />
      {viewer.can.writeServices && d.service && (
        <RecordServiceLevelReport service={d.service.id} deployments={[]} deployment={d.id} onDone={setDone} />
      )}
    </>
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

function ChangeDeployment({ d, onDone }: { d: DeploymentFieldsFragment; onDone: (message: string) => void }) {
  const [, update] = useMutation(UpdateDeploymentDocument);
  const [status, setStatus] = useState<DeploymentStatus>(d.status);
  const [goLive, setGoLive] = useState<DateParts>(partsOf(d.plannedGoLive));
  const [wentLive, setWentLive] = useState<DateParts>(partsOf(d.wentLiveOn));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const submit = async (): Promise<FormOutcome<unknown>> => {
    const problems: FieldError[] = [];
    const plannedGoLive = optionalDate(goLive, 'plannedGoLive', problems);
    const wentLiveOn = optionalDate(wentLive, 'wentLiveOn', problems);
    if (problems.length > 0) return { ok: false, errors: problems, stale: false };
    return outcome(await update({ input: { id: d.id, status, plannedGoLive, wentLiveOn } }), (x) => x.updateDeployment);
  };
  return (
    <ActionForm
      form="deployment"
      title="Change the deployment"
      submitLabel="Save the deployment"
      submit={submit}
      onDone={onDone}
      doneMessage="Deployment saved"
      errors={errors}
      setErrors={setErrors}
      secondary
    >
      <SelectField
        form="deployment"
        field="status"
        label="Status"
        error={errorFor(errors, 'status')}
        value={status}
        onChange={(v) => setStatus(v as DeploymentStatus)}
        options={DEPLOYMENT_STATUSES.map((s) => ({ value: s, label: humanise(s) }))}
      />
      <DateInput
        form="deployment"
        field="plannedGoLive"
        legend="Planned go-live (optional)"
        error={errorFor(errors, 'plannedGoLive')}
        value={goLive}
        onChange={setGoLive}
      />
      <DateInput
        form="deployment"
        field="wentLiveOn"
        legend="Went live on (optional)"
        error={errorFor(errors, 'wentLiveOn')}
        value={wentLive}
        onChange={setWentLive}
      />
    </ActionForm>
  );
}

function SetReadinessGate({ deployment, onDone }: { deployment: string; onDone: (message: string) => void }) {
  const [, setGate] = useMutation(SetGateDocument);
  const [name, setName] = useState('');
  const [status, setStatus] = useState<GateStatus>('PENDING');
  const [decided, setDecided] = useState<DateParts>(EMPTY_DATE);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const submit = async (): Promise<FormOutcome<unknown>> => {
    const problems: FieldError[] = [];
    if (!name.trim()) problems.push({ field: 'name', message: 'Enter the name of the gate, for example Clinical safety case' });
    const decidedOn = optionalDate(decided, 'decidedOn', problems);
    if (problems.length > 0) return { ok: false, errors: problems, stale: false };
    const done = outcome(
      await setGate({ input: { deployment, name: name.trim(), status, decidedOn } }),
      (x) => x.setReadinessGate,
    );
    if (done.ok) {
      setName('');
      setDecided(EMPTY_DATE);
    }
    return done;
  };
  return (
    <ActionForm
      form="gate"
      title="Set a readiness gate"
      submitLabel="Set the gate"
      submit={submit}
      onDone={onDone}
      doneMessage="Readiness gate set"
      errors={errors}
      setErrors={setErrors}
      secondary
    >
      <p className="nhsuk-body-s">A gate of the same name is replaced.</p>
      <TextField form="gate" field="name" label="Gate" error={errorFor(errors, 'name')} value={name} onChange={setName} />
      <SelectField
        form="gate"
        field="status"
        label="Status"
        error={errorFor(errors, 'status')}
        value={status}
        onChange={(v) => setStatus(v as GateStatus)}
        options={GATE_STATUSES.map((s) => ({ value: s, label: humanise(s) }))}
      />
      <DateInput
        form="gate"
        field="decidedOn"
        legend="Decided on (optional)"
        error={errorFor(errors, 'decidedOn')}
        value={decided}
        onChange={setDecided}
      />
    </ActionForm>
  );
}
