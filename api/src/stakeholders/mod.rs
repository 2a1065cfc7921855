//! People, and the stakeholder work of programmes: assessments on the power/interest grid and
//! engagements (meetings and contacts) with the organisations and people involved.

mod loaders;
mod query;
mod types;

pub use loaders::{
    AssessmentById, AssessmentsOfProgramme, EngagementById, EngagementsOfOrganisation,
    EngagementsOfProgramme, ParticipantsOfEngagement, PeopleOfOrganisation, PersonById,
};
pub use query::StakeholderQuery;
pub use types::{Engagement, GridQuadrant, Person, StakeholderAssessment};
