// The documents of the benefit form: create, change, and the benefit as it stands.

import { graphql } from '../../gql';

// What the form shows and changes, as the server returns it after a change and for editing.
graphql(`
  fragment BenefitFormFields on Benefit {
    id
    code
    title
    description
    category
    measure
    unit
    direction
    rollup
    measureKind
    valueType
    reach
    status
  }
`);

export const CreateBenefitDocument = graphql(`
  mutation CreateBenefit($input: CreateBenefitInput!) {
    createBenefit(input: $input) {
      benefit {
        id
        code
        title
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateBenefitDocument = graphql(`
  mutation UpdateBenefit($input: UpdateBenefitInput!) {
    updateBenefit(input: $input) {
      benefit {
        ...BenefitFormFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const BenefitForEditDocument = graphql(`
  query BenefitForEdit($id: ID!) {
    node(id: $id) {
      __typename
      ... on Benefit {
        ...BenefitFormFields
      }
    }
  }
`);

// The programme a new benefit joins, named in the breadcrumbs.
export const BenefitProgrammeDocument = graphql(`
  query BenefitProgramme($id: ID!) {
    node(id: $id) {
      __typename
      ... on Programme {
        id
        name
      }
    }
  }
`);
