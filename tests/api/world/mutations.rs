//! The mutation documents the tests send: each selects its object's id and a few fields, and
//! the payload's `userErrors`.

macro_rules! mutation {
    ($name:ident, $field:literal, $input:literal, $object:literal) => {
        pub const $name: &str = concat!(
            "mutation($input: ",
            $input,
            "!) { ",
            $field,
            "(input: $input) { ",
            $object,
            " ",
            "userErrors { field message code } } }"
        );
    };
}

mutation!(
    CREATE_PROGRAMME,
    "createProgramme",
    "CreateProgrammeInput",
    "programme { id name }"
);
mutation!(
    UPDATE_PROGRAMME,
    "updateProgramme",
    "UpdateProgrammeInput",
    "programme { id name }"
);
mutation!(
    CREATE_BENEFIT,
    "createBenefit",
    "CreateBenefitInput",
    "benefit { id code }"
);
mutation!(
    UPDATE_BENEFIT,
    "updateBenefit",
    "UpdateBenefitInput",
    "benefit { id code title }"
);
mutation!(
    CREATE_LINK,
    "createBenefitLink",
    "BenefitLinkInput",
    "benefit { id contributesTo { id } }"
);
mutation!(
    DELETE_LINK,
    "deleteBenefitLink",
    "BenefitLinkInput",
    "benefit { id contributesTo { id } }"
);
mutation!(
    CREATE_ENABLEMENT,
    "createEnablement",
    "EnablementInput",
    "benefit { id enablingServices { id } }"
);
mutation!(
    DELETE_ENABLEMENT,
    "deleteEnablement",
    "EnablementInput",
    "benefit { id enablingServices { id } }"
);
mutation!(
    CREATE_SERVICE,
    "createService",
    "CreateServiceInput",
    "service { id name }"
);
mutation!(
    UPDATE_SERVICE,
    "updateService",
    "UpdateServiceInput",
    "service { id name }"
);
mutation!(
    RECORD_SLR,
    "recordServiceLevelReport",
    "RecordServiceLevelReportInput",
    "service { id serviceLevelReports { availability met } }"
);
mutation!(
    CREATE_DEPLOYMENT,
    "createDeployment",
    "CreateDeploymentInput",
    "deployment { id status }"
);
mutation!(
    UPDATE_DEPLOYMENT,
    "updateDeployment",
    "UpdateDeploymentInput",
    "deployment { id status }"
);
mutation!(
    SET_GATE,
    "setReadinessGate",
    "SetReadinessGateInput",
    "deployment { id readinessGates { name status } }"
);
mutation!(
    CREATE_PERSON,
    "createPerson",
    "CreatePersonInput",
    "person { id name }"
);
mutation!(
    UPDATE_PERSON,
    "updatePerson",
    "UpdatePersonInput",
    "person { id name }"
);
mutation!(
    CREATE_ASSESSMENT,
    "createStakeholderAssessment",
    "CreateStakeholderAssessmentInput",
    "stakeholderAssessment { id quadrant }"
);
mutation!(
    UPDATE_ASSESSMENT,
    "updateStakeholderAssessment",
    "UpdateStakeholderAssessmentInput",
    "stakeholderAssessment { id quadrant }"
);
mutation!(
    CREATE_ENGAGEMENT,
    "createEngagement",
    "CreateEngagementInput",
    "engagement { id summary }"
);
mutation!(
    UPDATE_ENGAGEMENT,
    "updateEngagement",
    "UpdateEngagementInput",
    "engagement { id summary }"
);
mutation!(
    CREATE_COMMITMENT,
    "createCommitment",
    "CreateCommitmentInput",
    "commitment { id status version }"
);
mutation!(
    UPDATE_COMMITMENT,
    "updateCommitment",
    "UpdateCommitmentInput",
    "commitment { id status version target notes }"
);
mutation!(
    SET_TRAJECTORY,
    "setTrajectory",
    "SetTrajectoryInput",
    "commitment { id version trajectory { plannedOn value } }"
);
mutation!(
    PROPOSE,
    "proposeCommitment",
    "CommitmentStepInput",
    "commitment { id status version }"
);
mutation!(
    AGREE,
    "agreeCommitment",
    "CommitmentStepInput",
    "commitment { id status version }"
);
mutation!(
    SIGN_OFF,
    "signOffCommitment",
    "SignOffCommitmentInput",
    "commitment { id status version signedOffOn signedOffBy { name } }"
);
mutation!(
    REALISE,
    "markCommitmentRealised",
    "CommitmentStepInput",
    "commitment { id status version }"
);
mutation!(
    WITHDRAW,
    "withdrawCommitment",
    "WithdrawCommitmentInput",
    "commitment { id status version withdrawalReason }"
);
mutation!(
    TRANSFER,
    "transferCommitment",
    "TransferCommitmentInput",
    "commitment { id status organisation { odsCode } transferredFrom { id status } }"
);
mutation!(
    RECORD_MEASUREMENT,
    "recordMeasurement",
    "RecordMeasurementInput",
    "measurement { id value superseded }"
);
mutation!(
    CORRECT_MEASUREMENT,
    "correctMeasurement",
    "CorrectMeasurementInput",
    "measurement { id value supersedes { id value superseded } }"
);
