// Fragments every mutation's document shares.

import { graphql } from '../gql';

/** What a form needs of each user error: the field at fault, the message and the code. */
export const UserErrorFieldsFragment = graphql(`
  fragment UserErrorFields on UserError {
    field
    message
    code
  }
`);
