// Who signs in as whom (administrators): the people a first sign-in was matched to by email,
// to confirm or remove, and the sign-ins already confirmed.

import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Done, Failure, Loading } from '../../components/QueryState';
import { usePageTitle } from '../../components/usePageTitle';
import { graphql } from '../../gql';
import type { SignInPersonFragment as Row } from '../../gql/graphql';
import { outcome } from '../../graphql/mutation';

const SignInsDocument = graphql(`
  query SignIns {
    awaiting: people(first: 100, filter: { identityAwaitingConfirmation: true }) {
      edges {
        node {
          ...SignInPerson
        }
      }
    }
    confirmed: people(first: 100, filter: { identityAwaitingConfirmation: false }) {
      edges {
        node {
          ...SignInPerson
        }
      }
    }
  }
`);

/** What the page shows of a person and their sign-in. */
export const SignInPersonFields = graphql(`
  fragment SignInPerson on Person {
    id
    name
    jobTitle
    email
    organisation {
      id
      name
    }
    identity {
      issuer
      subject
      confirmed
    }
  }
`);

const ConfirmDocument = graphql(`
  mutation ConfirmPersonIdentity($input: PersonIdentityInput!) {
    confirmPersonIdentity(input: $input) {
      person {
        ...SignInPerson
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const UnlinkDocument = graphql(`
  mutation UnlinkPersonIdentity($input: PersonIdentityInput!) {
    unlinkPersonIdentity(input: $input) {
      person {
        ...SignInPerson
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const rowsOf = (edges: readonly { node: Row }[] | undefined): Row[] => (edges ?? []).map((e) => e.node);

export function SignInsPage() {
  usePageTitle('Sign-ins');
  const [{ data, error, fetching }, refetch] = useQuery({ query: SignInsDocument });
  const [, confirm] = useMutation(ConfirmDocument);
  const [, unlink] = useMutation(UnlinkDocument);
  const [done, setDone] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  if (error && !data) return <Failure error={error} />;
  if (fetching && !data) return <Loading what="the sign-ins" />;
  const act = async (what: 'confirm' | 'remove', p: Row) => {
    const result =
      what === 'confirm'
        ? outcome(await confirm({ input: { id: p.id } }), (d) => d.confirmPersonIdentity)
        : outcome(await unlink({ input: { id: p.id } }), (d) => d.unlinkPersonIdentity);
    if (result.ok) {
      setProblem(null);
      setDone(what === 'confirm' ? `${p.name}'s sign-in confirmed` : `${p.name}'s sign-in removed`);
      refetch({ requestPolicy: 'network-only' });
    } else setProblem(result.errors.map((e) => e.message).join('; '));
  };
  const table = (rows: Row[], label: string, awaiting: boolean) => (
    <div className="app-table-scroll" tabIndex={0} role="region" aria-label={label}>
      <table className="nhsuk-table">
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Organisation</th>
            <th scope="col">Email</th>
            <th scope="col">Signs in as</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {rows.map((p) => (
            <tr key={p.id}>
              <td>
                {p.name}
                {p.jobTitle ? `, ${p.jobTitle}` : ''}
              </td>
              <td>
                {p.organisation && (
                  <Link to="/organisations/$organisationId" params={{ organisationId: p.organisation.id }}>
                    {p.organisation.name}
                  </Link>
                )}
              </td>
              <td>{p.email}</td>
              <td>
                <code>{p.identity?.subject}</code> at {p.identity?.issuer}
              </td>
              <td>
                {awaiting && (
                  <button
                    type="button"
                    className="nhsuk-button nhsuk-button--secondary nhsuk-button--small app-button-row"
                    onClick={() => void act('confirm', p)}
                  >
                    Confirm<span className="nhsuk-u-visually-hidden"> {p.name}</span>
                  </button>
                )}{' '}
                <button
                  type="button"
                  className="nhsuk-button nhsuk-button--secondary nhsuk-button--small app-button-row"
                  onClick={() => void act('remove', p)}
                >
                  Remove<span className="nhsuk-u-visually-hidden"> {p.name}'s sign-in</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  const awaiting = rowsOf(data?.awaiting.edges);
  const confirmed = rowsOf(data?.confirmed.edges);
  return (
    <>
      <Done message={done} />
      <h1>Sign-ins</h1>
      <p>
        When someone first signs in through an identity provider, the person with their email address is proposed as theirs. Once
        you confirm it, their sign-offs and measurements carry that person.
      </p>
      {problem && (
        <p className="nhsuk-error-message" role="alert">
          {problem}
        </p>
      )}
      <h2>Awaiting confirmation ({awaiting.length})</h2>
      {awaiting.length === 0 ? <p>None.</p> : table(awaiting, 'Sign-ins awaiting confirmation', true)}
      <h2>Confirmed ({confirmed.length})</h2>
      {confirmed.length === 0 ? <p>None.</p> : table(confirmed, 'Confirmed sign-ins', false)}
    </>
  );
}
