// The actions a viewer may take on a commitment, each offered only where `viewerCan` says the
// server will allow it (the server refuses it anyway when forced).

import { useState } from 'react';
import { useMutation } from 'urql';
import { useViewer } from '../../auth/viewer';
import { EMPTY_DATE, DateInput, toIsoDate, type DateParts } from '../../components/DateInput';
import { SelectField, TextField, errorFor, type FieldError } from '../../components/forms';
import { outcome, type FormOutcome } from '../../graphql/mutation';
import { todayIso } from '../../lib/format';
import { parseNumber } from '../../lib/numbers';
import { ActionForm } from '../../components/ActionForm';
import {
  AgreeDocument,
  MarkRealisedDocument,
  ProposeDocument,
  RecordMeasurementDocument,
  SignOffDocument,
  TransferDocument,
  WithdrawDocument,
} from './mutations';
import type { CommitmentView } from './types';

type Done = (message: string) => void;

function localError<T>(field: string, message: string): FormOutcome<T> {
  return { ok: false, errors: [{ field, message }], stale: false };
}

function StepForm({
  form,
  title,
  label,
  done,
  run,
  onDone,
  secondary,
  children,
}: {
  form: string;
  title: string;
  label: string;
  done: string;
  run: () => Promise<FormOutcome<unknown>>;
  onDone: Done;
  secondary?: boolean;
  children?: React.ReactNode;
}) {
  const [errors, setErrors] = useState<FieldError[]>([]);
  return (
    <ActionForm
      form={form}
      title={title}
      submitLabel={label}
      submit={run}
      onDone={onDone}
      doneMessage={done}
      errors={errors}
      setErrors={setErrors}
      secondary={secondary}
    >
      {children}
    </ActionForm>
  );
}

export function ProposeAction({ c, onDone }: { c: CommitmentView; onDone: Done }) {
  const [, propose] = useMutation(ProposeDocument);
  return (
    <StepForm
      form="propose"
      title="Propose to the programme board"
      label="Propose"
      done="Commitment proposed to the programme board"
      onDone={onDone}
      run={async () => outcome(await propose({ input: { id: c.id, version: c.version } }), (d) => d.proposeCommitment)}
    >
      <p>The programme board will be asked to agree this commitment.</p>
    </StepForm>
  );
}

export function AgreeAction({ c, onDone }: { c: CommitmentView; onDone: Done }) {
  const [, agree] = useMutation(AgreeDocument);
  return (
    <StepForm
      form="agree"
      title="Agree this commitment"
      label="Agree commitment"
      done="Commitment agreed"
      onDone={onDone}
      run={async () => outcome(await agree({ input: { id: c.id, version: c.version } }), (d) => d.agreeCommitment)}
    />
  );
}

export function MarkRealisedAction({ c, onDone }: { c: CommitmentView; onDone: Done }) {
  const [, mark] = useMutation(MarkRealisedDocument);
  return (
    <StepForm
      form="realised"
      title="Mark as realised"
      label="Mark realised"
      done="Commitment marked realised"
      onDone={onDone}
      secondary
      run={async () => outcome(await mark({ input: { id: c.id, version: c.version } }), (d) => d.markCommitmentRealised)}
    >
      <p>Use this when {c.organisation?.name ?? 'the organisation'} has delivered its share of the benefit.</p>
    </StepForm>
  );
}

export function SignOffAction({ c, onDone }: { c: CommitmentView; onDone: Done }) {
  const viewer = useViewer();
  const [, signOff] = useMutation(SignOffDocument);
  const people = c.organisation?.people.edges.map((e) => e.node) ?? [];
  const [signer, setSigner] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  // A sign-in linked to a person signs off as that person; anyone else names the signer.
  const me = viewer.person;
  const submit = async () => {
    if (!me && !signer) return localError('signedOffBy', 'Select who is signing off');
    const input = { id: c.id, version: c.version, signedOffOn: todayIso(), ...(me ? {} : { signedOffBy: signer }) };
    return outcome(await signOff({ input }), (d) => d.signOffCommitment);
  };
  return (
    <ActionForm
      form="sign-off"
      title="Sign off this commitment"
      submitLabel="Sign off"
      submit={submit}
      onDone={onDone}
      doneMessage="Commitment signed off"
      errors={errors}
      setErrors={setErrors}
    >
      {me ? (
        <p id="sign-off-signedOffBy" data-testid="signing-as">
          You sign off as {me.name}
          {me.jobTitle ? `, ${me.jobTitle}` : ''}.
        </p>
      ) : (
        <SelectField
          form="sign-off"
          field="signedOffBy"
          label="Signed off by"
          hint={`A person of ${c.organisation?.name ?? 'the organisation'}`}
          error={errorFor(errors, 'signedOffBy')}
          value={signer}
          onChange={setSigner}
          options={[
            { value: '', label: 'Select a person' },
            ...people.map((p) => ({ value: p.id, label: p.jobTitle ? `${p.name}, ${p.jobTitle}` : p.name })),
          ]}
        />
      )}
    </ActionForm>
  );
}

export function RecordMeasurementAction({ c, onDone }: { c: CommitmentView; onDone: Done }) {
  const [, record] = useMutation(RecordMeasurementDocument);
  const [date, setDate] = useState<DateParts>(EMPTY_DATE);
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const submit = async (): Promise<FormOutcome<unknown>> => {
    const problems: FieldError[] = [];
    const measuredOn = toIsoDate(date);
    const number = parseNumber(value);
    if (!measuredOn) problems.push({ field: 'measuredOn', message: 'Enter the date the value is for, as a real day' });
    if (number === null) problems.push({ field: 'value', message: 'Enter the value as a number' });
    if (problems.length > 0 || !measuredOn || number === null) return { ok: false, errors: problems, stale: false };
    const result = outcome(
      await record({ input: { commitment: c.id, measuredOn, value: number, note: note.trim() || null } }),
      (d) => d.recordMeasurement,
    );
    if (result.ok) {
      setDate(EMPTY_DATE);
      setValue('');
      setNote('');
    }
    return result;
  };
  return (
    <ActionForm
      form="record"
      title="Record a measurement"
      submitLabel="Record measurement"
      submit={submit}
      onDone={onDone}
      doneMessage="Measurement recorded"
      errors={errors}
      setErrors={setErrors}
    >
      <DateInput
        form="record"
        field="measuredOn"
        legend="Date the value is for"
        hint="For example, 31 3 2026"
        error={errorFor(errors, 'measuredOn')}
        value={date}
        onChange={setDate}
      />
      <TextField
        form="record"
        field="value"
        label={`Value (${c.benefit?.unit ?? ''})`}
        inputMode="decimal"
        width={10}
        error={errorFor(errors, 'value')}
        value={value}
        onChange={setValue}
      />
      <TextField
        form="record"
        field="note"
        label="Note (optional)"
        multiline
        error={errorFor(errors, 'note')}
        value={note}
        onChange={setNote}
      />
    </ActionForm>
  );
}

export function WithdrawAction({ c, onDone }: { c: CommitmentView; onDone: Done }) {
  const [, withdraw] = useMutation(WithdrawDocument);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const submit = async () => {
    if (!reason.trim()) return localError('reason', 'Enter why the commitment is withdrawn');
    return outcome(await withdraw({ input: { id: c.id, version: c.version, reason } }), (d) => d.withdrawCommitment);
  };
  return (
    <ActionForm
      form="withdraw"
      title="Withdraw this commitment"
      submitLabel="Withdraw commitment"
      submit={submit}
      onDone={onDone}
      doneMessage="Commitment withdrawn"
      errors={errors}
      setErrors={setErrors}
      secondary
    >
      <TextField
        form="withdraw"
        field="reason"
        label="Reason"
        multiline
        error={errorFor(errors, 'reason')}
        value={reason}
        onChange={setReason}
      />
    </ActionForm>
  );
}

export function TransferAction({ c, onDone }: { c: CommitmentView; onDone: Done }) {
  const [, transfer] = useMutation(TransferDocument);
  const successors = c.organisation?.successors ?? [];
  const [successor, setSuccessor] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  if (successors.length === 0) return null;
  const submit = async () => {
    if (!successor) return localError('successor', 'Select the successor organisation');
    return outcome(await transfer({ input: { id: c.id, version: c.version, successor } }), (d) => d.transferCommitment);
  };
  return (
    <ActionForm
      form="transfer"
      title="Transfer to a successor"
      submitLabel="Transfer commitment"
      submit={submit}
      onDone={onDone}
      doneMessage="Commitment transferred"
      errors={errors}
      setErrors={setErrors}
      secondary
    >
      <SelectField
        form="transfer"
        field="successor"
        label="Successor organisation"
        error={errorFor(errors, 'successor')}
        value={successor}
        onChange={setSuccessor}
        options={[
          { value: '', label: 'Select an organisation' },
          ...successors.map((o) => ({ value: o.id, label: `${o.name} (${o.odsCode ?? 'no code'})` })),
        ]}
      />
    </ActionForm>
  );
}
