// Changing a benefit's place in the map (the board): what it contributes to, and the services
// that enable it. Each link is added from a list of what may be linked, and removed by name.

import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ActionForm } from '../../components/ActionForm';
import { SelectField, errorFor, type FieldError } from '../../components/forms';
import { graphql } from '../../gql';
import { outcome, type FormOutcome } from '../../graphql/mutation';

const ChoicesDocument = graphql(`
  query BenefitsMapChoices($programme: ID!) {
    node(id: $programme) {
      __typename
      ... on Programme {
        id
        benefits(first: 100) {
          edges {
            node {
              id
              code
              title
            }
          }
        }
      }
    }
    services(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/** What each change returns: the benefit's links as they now stand. */
export const BenefitMapPayloadFragment = graphql(`
  fragment BenefitMapPayload on BenefitPayload {
    benefit {
      id
      contributesTo {
        id
      }
      enablingServices {
        id
      }
    }
    userErrors {
      ...UserErrorFields
    }
  }
`);

const CreateLinkDocument = graphql(`
  mutation CreateBenefitLink($input: BenefitLinkInput!) {
    createBenefitLink(input: $input) {
      ...BenefitMapPayload
    }
  }
`);
const DeleteLinkDocument = graphql(`
  mutation DeleteBenefitLink($input: BenefitLinkInput!) {
    deleteBenefitLink(input: $input) {
      ...BenefitMapPayload
    }
  }
`);
const CreateEnablementDocument = graphql(`
  mutation CreateEnablement($input: EnablementInput!) {
    createEnablement(input: $input) {
      ...BenefitMapPayload
    }
  }
`);
const DeleteEnablementDocument = graphql(`
  mutation DeleteEnablement($input: EnablementInput!) {
    deleteEnablement(input: $input) {
      ...BenefitMapPayload
    }
  }
`);

interface Linked {
  id: string;
  label: string;
}

interface Props {
  benefit: string;
  programme: string;
  contributesTo: readonly Linked[];
  enabledBy: readonly Linked[];
  onDone: (message: string) => void;
}

export function ChangeBenefitsMap({ benefit, programme, contributesTo, enabledBy, onDone }: Props) {
  const [{ data }] = useQuery({ query: ChoicesDocument, variables: { programme } });
  const [, link] = useMutation(CreateLinkDocument);
  const [, unlink] = useMutation(DeleteLinkDocument);
  const [, enable] = useMutation(CreateEnablementDocument);
  const [, disable] = useMutation(DeleteEnablementDocument);
  const benefits =
    data?.node?.__typename === 'Programme'
      ? data.node.benefits.edges.map((e) => e.node).filter((b) => b.id !== benefit && !contributesTo.some((l) => l.id === b.id))
      : [];
  const services = (data?.services.edges ?? []).map((e) => e.node).filter((s) => !enabledBy.some((l) => l.id === s.id));
  return (
    <>
      <ChooseAndAdd
        form="contribution"
        title="Add what it contributes to"
        label="Benefit it contributes to"
        submitLabel="Add the contribution"
        doneMessage="Contribution added"
        options={benefits.map((b) => ({ value: b.id, label: `${b.code}: ${b.title}` }))}
        add={async (to) => outcome(await link({ input: { from: benefit, to } }), (d) => d.createBenefitLink)}
        onDone={onDone}
      />
      <RemoveList
        what="contribution to"
        items={contributesTo}
        remove={async (to) => outcome(await unlink({ input: { from: benefit, to } }), (d) => d.deleteBenefitLink)}
        onDone={onDone}
      />
      <ChooseAndAdd
        form="enablement"
        title="Add an enabling service"
        label="Service"
        submitLabel="Add the service"
        doneMessage="Enabling service added"
        options={services.map((s) => ({ value: s.id, label: s.name }))}
        add={async (service) => outcome(await enable({ input: { service, benefit } }), (d) => d.createEnablement)}
        onDone={onDone}
      />
      <RemoveList
        what="enabling service"
        items={enabledBy}
        remove={async (service) => outcome(await disable({ input: { service, benefit } }), (d) => d.deleteEnablement)}
        onDone={onDone}
      />
    </>
  );
}

function ChooseAndAdd({
  form,
  title,
  label,
  submitLabel,
  doneMessage,
  options,
  add,
  onDone,
}: {
  form: string;
  title: string;
  label: string;
  submitLabel: string;
  doneMessage: string;
  options: { value: string; label: string }[];
  add: (id: string) => Promise<FormOutcome<unknown>>;
  onDone: (message: string) => void;
}) {
  const [chosen, setChosen] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const submit = async (): Promise<FormOutcome<unknown>> => {
    if (!chosen) return { ok: false, errors: [{ field: 'choice', message: `Choose the ${label.toLowerCase()}` }], stale: false };
    const result = await add(chosen);
    if (result.ok) setChosen('');
    return result;
  };
  return (
    <ActionForm
      form={form}
      title={title}
      submitLabel={submitLabel}
      submit={submit}
      onDone={onDone}
      doneMessage={doneMessage}
      errors={errors}
      setErrors={setErrors}
      secondary
    >
      <SelectField
        form={form}
        field="choice"
        label={label}
        error={errorFor(errors, 'choice')}
        value={chosen}
        onChange={setChosen}
        options={[{ value: '', label: 'Choose…' }, ...options]}
      />
    </ActionForm>
  );
}

/** A button per linked item that removes the link, with the server's refusal shown beside it. */
function RemoveList({
  what,
  items,
  remove,
  onDone,
}: {
  what: string;
  items: readonly Linked[];
  remove: (id: string) => Promise<FormOutcome<unknown>>;
  onDone: (message: string) => void;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  if (items.length === 0) return null;
  return (
    <>
      {problem && (
        <p className="nhsuk-error-message" role="alert">
          {problem}
        </p>
      )}
      <ul className="nhsuk-list">
        {items.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
              onClick={async () => {
                const result = await remove(item.id);
                if (result.ok) {
                  setProblem(null);
                  onDone(`Removed the ${what} ${item.label}`);
                } else setProblem(result.errors.map((e) => e.message).join('; '));
              }}
            >
              Remove the {what} {item.label}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
