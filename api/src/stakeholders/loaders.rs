//! Batched loading of people, assessments and engagements.

use entity::{engagement, engagement_participant, person, stakeholder_assessment};

use crate::graphql::linked::LinkedList;
use crate::graphql::loader::{load_by_id, load_children};
use crate::graphql::sql::Params;

load_by_id!(PersonById, person::Entity);
load_by_id!(EngagementById, engagement::Entity);
load_by_id!(AssessmentById, stakeholder_assessment::Entity);
load_children!(
    PeopleOfOrganisation,
    person::Entity,
    OrganisationId,
    organisation_id,
    Name
);
load_children!(
    AssessmentsOfProgramme,
    stakeholder_assessment::Entity,
    ProgrammeId,
    programme_id,
    AssessedOn
);
load_children!(
    EngagementsOfProgramme,
    engagement::Entity,
    ProgrammeId,
    programme_id,
    OccurredOn
);
load_children!(
    ParticipantsOfEngagement,
    engagement_participant::Entity,
    EngagementId,
    engagement_id,
    Id
);

load_children!(
    AssessmentsOfOrganisation,
    stakeholder_assessment::Entity,
    OrganisationId,
    organisation_id,
    AssessedOn
);
load_children!(
    AssessmentsOfPerson,
    stakeholder_assessment::Entity,
    PersonId,
    person_id,
    AssessedOn
);

/// The engagements an organisation or a person took part in, newest first, each once: read a
/// page at a time through the participations (`graphql::linked`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EngagementsOf {
    /// An organisation's.
    Organisation(i32),
    /// A person's.
    Person(i32),
}

impl LinkedList for EngagementsOf {
    type Row = engagement::Model;
    const TABLE: &'static str = "engagements";
    const COLUMNS: &'static str = "t.*";
    const ORDER: &'static str = "t.occurred_on DESC, t.id DESC";

    fn parent(&self) -> i32 {
        match *self {
            Self::Organisation(id) | Self::Person(id) => id,
        }
    }

    fn of_parent(&self, parent: i32) -> Self {
        match self {
            Self::Organisation(_) => Self::Organisation(parent),
            Self::Person(_) => Self::Person(parent),
        }
    }

    fn links(&self, _: &mut Params, asked: &str) -> String {
        let column = match self {
            Self::Organisation(_) => "organisation_id",
            Self::Person(_) => "person_id",
        };
        format!(
            "SELECT DISTINCT e.{column} AS parent, e.engagement_id AS member \
             FROM engagement_participants e WHERE e.{column} {asked}"
        )
    }

    fn only(&self, _: &mut Params) -> String {
        String::new()
    }

    fn lets_none(&self) -> bool {
        false
    }
}
