//! People (and the sign-ins linked to them), and the stakeholder work of programmes: assessments on the power/interest grid and
//! engagements (meetings and contacts) with the organisations and people involved.

mod engagement_mutations;
mod identity_mutations;
mod inputs;
mod loaders;
mod mutations;
mod query;
mod types;

pub use engagement_mutations::{EngagementMutation, EngagementPayload};
pub use identity_mutations::IdentityMutation;
pub use loaders::{
    AssessmentById, AssessmentsOfOrganisation, AssessmentsOfPerson, AssessmentsOfProgramme,
    EngagementById, EngagementsOfOrganisation, EngagementsOfPerson, EngagementsOfProgramme,
    ParticipantsOfEngagement, PeopleOfOrganisation, PersonById,
};
pub use mutations::{PersonPayload, StakeholderAssessmentPayload, StakeholderMutation};
pub use query::StakeholderQuery;
pub use types::{Engagement, GridQuadrant, Person, StakeholderAssessment};
