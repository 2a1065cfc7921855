//! People (and the sign-ins linked to them), and the stakeholder work of programmes: assessments on the power/interest grid and
//! engagements (meetings and contacts) with the organisations and people involved.

pub(crate) mod loaders;

pub use loaders::{
    AssessmentById, AssessmentsOfOrganisation, AssessmentsOfPerson, AssessmentsOfProgramme,
    EngagementById, EngagementsOf, EngagementsOfProgramme, ParticipantsOfEngagement,
    PeopleOfOrganisation, PersonById,
};
