// The changes a commitment's page makes: the lifecycle steps, its details, its measurements and
// its trajectory.

import { graphql } from '../../gql';

export const ProposeDocument = graphql(`
  mutation ProposeCommitment($input: CommitmentStepInput!) {
    proposeCommitment(input: $input) {
      ...CommitmentStepResult
    }
  }
`);

export const AgreeDocument = graphql(`
  mutation AgreeCommitment($input: CommitmentStepInput!) {
    agreeCommitment(input: $input) {
      ...CommitmentStepResult
    }
  }
`);

export const MarkRealisedDocument = graphql(`
  mutation MarkCommitmentRealised($input: CommitmentStepInput!) {
    markCommitmentRealised(input: $input) {
      ...CommitmentStepResult
    }
  }
`);

export const SignOffDocument = graphql(`
  mutation SignOffCommitment($input: SignOffCommitmentInput!) {
    signOffCommitment(input: $input) {
      commitment {
        id
        status
        version
        signedOffOn
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const WithdrawDocument = graphql(`
  mutation WithdrawCommitment($input: WithdrawCommitmentInput!) {
    withdrawCommitment(input: $input) {
      ...CommitmentStepResult
    }
  }
`);

export const TransferDocument = graphql(`
  mutation TransferCommitment($input: TransferCommitmentInput!) {
    transferCommitment(input: $input) {
      ...CommitmentStepResult
    }
  }
`);

export const UpdateDocument = graphql(`
  mutation UpdateCommitment($input: UpdateCommitmentInput!) {
    updateCommitment(input: $input) {
      ...CommitmentStepResult
    }
  }
`);

export const RecordMeasurementDocument = graphql(`
  mutation RecordMeasurement($input: RecordMeasurementInput!) {
    recordMeasurement(input: $input) {
      measurement {
        id
        commitment {
          id
          version
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const CorrectMeasurementDocument = graphql(`
  mutation CorrectMeasurement($input: CorrectMeasurementInput!) {
    correctMeasurement(input: $input) {
      measurement {
        id
        commitment {
          id
          version
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const SetTrajectoryDocument = graphql(`
  mutation SetTrajectory($input: SetTrajectoryInput!) {
    setTrajectory(input: $input) {
      commitment {
        id
        version
        trajectory {
          plannedOn
          value
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const CommitmentStepResultFragment = graphql(`
  fragment CommitmentStepResult on CommitmentPayload {
    commitment {
      id
      status
      version
    }
    userErrors {
      ...UserErrorFields
    }
  }
`);
