// The documents of the benefit form: create, change, and the benefit as it stands.

import { graphql } from '../../gql';

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
    }
  }
`);
