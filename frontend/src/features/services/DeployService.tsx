// Deploying a service at an organisation (the board): the site by its ODS code, the status and
// the planned go-live date.

import { useState } from 'react';
import { useClient, useMutation } from 'urql';
import { ActionForm } from '../../components/ActionForm';
import { DateInput, EMPTY_DATE, optionalDate, type DateParts } from '../../components/DateInput';
import { SelectField, TextField, errorFor, type FieldError } from '../../components/forms';
import { graphql } from '../../gql';
import type { DeploymentStatus } from '../../gql/graphql';
import { outcome, type FormOutcome } from '../../graphql/mutation';
import { humanise } from '../../lib/format';
import { organisationByCode } from '../organisations/lookup';

const CreateDeploymentDocument = graphql(`
  mutation CreateDeployment($input: CreateDeploymentInput!) {
    createDeployment(input: $input) {
      deployment {
        ...DeploymentFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** What a deployment page and each change of a deployment show. */
export const DeploymentFieldsFragment = graphql(`
  fragment DeploymentFields on Deployment {
    id
    status
    plannedGoLive
    wentLiveOn
    organisation {
      id
      name
      odsCode
    }
    service {
      id
      name
    }
    readinessGates {
      name
      status
      decidedOn
    }
  }
`);

export const DEPLOYMENT_STATUSES: DeploymentStatus[] = ['PLANNED', 'READINESS_REVIEW', 'LIVE', 'DECOMMISSIONED'];

export function DeployService({ service, onDone }: { service: string; onDone: (message: string) => void }) {
  const client = useClient();
  const [, create] = useMutation(CreateDeploymentDocument);
  const [code, setCode] = useState('');
  const [status, setStatus] = useState<DeploymentStatus>('PLANNED');
  const [goLive, setGoLive] = useState<DateParts>(EMPTY_DATE);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const submit = async (): Promise<FormOutcome<unknown>> => {
    const problems: FieldError[] = [];
    const plannedGoLive = optionalDate(goLive, 'plannedGoLive', problems);
    const site = await organisationByCode(client, code);
    if ('problem' in site) problems.unshift({ field: 'organisation', message: site.problem });
    if (problems.length > 0 || !('found' in site)) return { ok: false, errors: problems, stale: false };
    const done = outcome(
      await create({ input: { service, organisation: site.found.id, status, plannedGoLive } }),
      (d) => d.createDeployment,
    );
    if (done.ok) {
      setCode('');
      setGoLive(EMPTY_DATE);
    }
    return done;
  };
  return (
    <ActionForm
      form="deploy"
      title="Deploy at an organisation"
      submitLabel="Add the deployment"
      submit={submit}
      onDone={onDone}
      doneMessage="Deployment added"
      errors={errors}
      setErrors={setErrors}
      secondary
    >
      <TextField
        form="deploy"
        field="organisation"
        label="Organisation’s ODS code"
        hint="For example RM1"
        width={10}
        error={errorFor(errors, 'organisation')}
        value={code}
        onChange={setCode}
      />
      <SelectField
        form="deploy"
        field="status"
        label="Status"
        error={errorFor(errors, 'status')}
        value={status}
        onChange={(v) => setStatus(v as DeploymentStatus)}
        options={DEPLOYMENT_STATUSES.map((s) => ({ value: s, label: humanise(s) }))}
      />
      <DateInput
        form="deploy"
        field="plannedGoLive"
        legend="Planned go-live (optional)"
        error={errorFor(errors, 'plannedGoLive')}
        value={goLive}
        onChange={setGoLive}
      />
    </ActionForm>
  );
}
