// Who is signed in: the server's `viewer`, read once and shared. Without a token (or with one
// the server refuses) every page gives way to the sign-in page.

import { createContext, useContext, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { ViewerQuery } from '../gql/graphql';
import { errorCode, errorMessage } from '../graphql/client';
import { signOutEverywhere, signOutReason, useToken } from './token';
import { SignInPage } from './SignInPage';

export const ViewerDocument = graphql(`
  query Viewer {
    viewer {
      subject
      name
      role
      organisationCode
      organisation {
        id
        odsCode
        name
        kind
      }
      person {
        id
        name
        jobTitle
      }
      identityAwaitingConfirmation
      can {
        writeProgrammes
        writeBenefits
        writeServices
        writeDeployments
        writeStakeholders
        agreeCommitments
        writeCommitments
        recordMeasurements
        signOffCommitments
        writeEngagements
        writePeople
        readAudit
      }
    }
  }
`);

export type Viewer = ViewerQuery['viewer'];

const ViewerContext = createContext<Viewer | null>(null);

/** The signed-in caller; only for components under `RequireViewer`. */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer outside RequireViewer');
  return viewer;
}

interface RequireViewerProps {
  children: ReactNode;
  /** Frames what is shown while signed out (the sign-in page, "Signing in…"). */
  signedOut: (content: ReactNode) => ReactNode;
}

/** Renders `children` for a signed-in caller, or the sign-in page. */
export function RequireViewer({ children, signedOut }: RequireViewerProps) {
  const token = useToken();
  const [{ data, error, fetching }] = useQuery({ query: ViewerDocument, pause: !token });
  if (!token) return signedOut(<SignInPage reason={signOutReason()} />);
  if (error && !data && errorCode(error) === 'FORBIDDEN') return signedOut(<NoRole message={errorMessage(error)} />);
  if (error && !data) return signedOut(<SignInPage reason={errorMessage(error)} />);
  if (fetching && !data) {
    return signedOut(
      <p className="nhsuk-body" role="status">
        Signing in…
      </p>,
    );
  }
  if (!data) return null;
  return <ViewerContext.Provider value={data.viewer}>{children}</ViewerContext.Provider>;
}

/** Signed in by an identity provider, but with no role in Realise: nothing to show. */
function NoRole({ message }: { message: string }) {
  return (
    <>
      <h1>You have no role in Realise</h1>
      <p>{message.charAt(0).toUpperCase() + message.slice(1)}.</p>
      <p>Once an administrator has given you a role, sign in again.</p>
      <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={() => void signOutEverywhere()}>
        Sign out
      </button>
    </>
  );
}

/** "Programme board", "Executive", ... */
export function roleName(role: string): string {
  switch (role) {
    case 'ADMIN':
      return 'Administrator';
    case 'PROGRAMME_BOARD':
      return 'Programme board';
    case 'EXECUTIVE':
      return 'Executive';
    case 'PARTNER':
      return 'Partner';
    default:
      return role;
  }
}
