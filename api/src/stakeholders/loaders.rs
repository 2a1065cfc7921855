//! Batched loading of people, assessments and engagements.

use std::collections::HashMap;

use async_graphql::dataloader::Loader;
use entity::{engagement, engagement_participant, person, stakeholder_assessment};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::graphql::loader::{DbLoader, LoadError, load_by_id, load_children};

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

/// The engagements an organisation took part in, newest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct EngagementsOfOrganisation(pub i32);

/// The engagements a person took part in, newest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct EngagementsOfPerson(pub i32);

impl Loader<EngagementsOfOrganisation> for DbLoader {
    type Value = Vec<engagement::Model>;
    type Error = LoadError;

    async fn load(
        &self,
        keys: &[EngagementsOfOrganisation],
    ) -> Result<HashMap<EngagementsOfOrganisation, Self::Value>, Self::Error> {
        let ids: Vec<i32> = keys.iter().map(|k| k.0).collect();
        let by_participant = engagements_of_participants(
            self,
            engagement_participant::Column::OrganisationId,
            ids,
            |p| p.organisation_id,
        )
        .await?;
        Ok(keyed(keys, by_participant, |k| k.0))
    }
}

impl Loader<EngagementsOfPerson> for DbLoader {
    type Value = Vec<engagement::Model>;
    type Error = LoadError;

    async fn load(
        &self,
        keys: &[EngagementsOfPerson],
    ) -> Result<HashMap<EngagementsOfPerson, Self::Value>, Self::Error> {
        let ids: Vec<i32> = keys.iter().map(|k| k.0).collect();
        let by_participant =
            engagements_of_participants(self, engagement_participant::Column::PersonId, ids, |p| {
                p.person_id
            })
            .await?;
        Ok(keyed(keys, by_participant, |k| k.0))
    }
}

/// The engagements of each participant (an organisation or a person, by `column`), newest
/// first, each once: two statements, whatever the number of participants.
async fn engagements_of_participants(
    loader: &DbLoader,
    column: engagement_participant::Column,
    participants: Vec<i32>,
    participant: impl Fn(&engagement_participant::Model) -> Option<i32>,
) -> Result<HashMap<i32, Vec<engagement::Model>>, LoadError> {
    let rows = engagement_participant::Entity::find()
        .filter(column.is_in(participants))
        .all(&loader.db.conn)
        .await?;
    let engagement_ids: Vec<i32> = rows.iter().map(|p| p.engagement_id).collect();
    let engagements: HashMap<i32, engagement::Model> = engagement::Entity::find()
        .filter(engagement::Column::Id.is_in(engagement_ids))
        .all(&loader.db.conn)
        .await?
        .into_iter()
        .map(|e| (e.id, e))
        .collect();
    let mut grouped: HashMap<i32, Vec<engagement::Model>> = HashMap::new();
    for row in &rows {
        if let (Some(key), Some(found)) = (participant(row), engagements.get(&row.engagement_id)) {
            grouped.entry(key).or_default().push(found.clone());
        }
    }
    for list in grouped.values_mut() {
        list.sort_by(|a, b| b.occurred_on.cmp(&a.occurred_on).then(b.id.cmp(&a.id)));
        list.dedup_by_key(|e| e.id);
    }
    Ok(grouped)
}

/// Every asked key with its participant's engagements (empty when it has none).
fn keyed<K: Copy + Eq + std::hash::Hash>(
    keys: &[K],
    mut by_participant: HashMap<i32, Vec<engagement::Model>>,
    participant: impl Fn(&K) -> i32,
) -> HashMap<K, Vec<engagement::Model>> {
    keys.iter()
        .map(|k| {
            (
                *k,
                by_participant.remove(&participant(k)).unwrap_or_default(),
            )
        })
        .collect()
}
