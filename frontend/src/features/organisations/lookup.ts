// Finding an organisation by the ODS code a person typed, for forms that name one (a
// deployment's site, an assessed stakeholder): at national scale a list to pick from is too long.

import type { Client } from 'urql';
import { graphql } from '../../gql';

const OrganisationByCodeDocument = graphql(`
  query OrganisationByCode($code: String!) {
    organisations(first: 1, filter: { odsCodes: [$code] }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export type Lookup = { found: { id: string; name: string } } | { problem: string };

/** The organisation with `code` (any case, spaces ignored), or why there is none. */
export async function organisationByCode(client: Client, code: string): Promise<Lookup> {
  const cleaned = code.replace(/\s/g, '').toUpperCase();
  if (!cleaned) return { problem: 'Enter the organisation’s ODS code, for example RM1' };
  const result = await client.query(OrganisationByCodeDocument, { code: cleaned }, { requestPolicy: 'network-only' }).toPromise();
  if (result.error) return { problem: result.error.message };
  const found = result.data?.organisations.edges[0]?.node;
  return found ? { found } : { problem: `No organisation has the ODS code ${cleaned}` };
}
