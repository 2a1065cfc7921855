//! Batched loading of people, assessments and engagements.

use std::collections::HashMap;

use async_graphql::dataloader::Loader;
use entity::{engagement, engagement_participant, person, stakeholder_assessment};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::graphql::loader::{DbLoader, LoadError, group_by, load_by_id, load_children};

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

/// The engagements an organisation took part in, newest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct EngagementsOfOrganisation(pub i32);

impl Loader<EngagementsOfOrganisation> for DbLoader {
    type Value = Vec<engagement::Model>;
    type Error = LoadError;

    async fn load(
        &self,
        keys: &[EngagementsOfOrganisation],
    ) -> Result<HashMap<EngagementsOfOrganisation, Self::Value>, Self::Error> {
        let orgs: Vec<i32> = keys.iter().map(|k| k.0).collect();
        let participants = engagement_participant::Entity::find()
            .filter(engagement_participant::Column::OrganisationId.is_in(orgs))
            .all(&self.db.conn)
            .await?;
        let engagement_ids: Vec<i32> = participants.iter().map(|p| p.engagement_id).collect();
        let engagements: HashMap<i32, engagement::Model> = engagement::Entity::find()
            .filter(engagement::Column::Id.is_in(engagement_ids))
            .order_by_desc(engagement::Column::OccurredOn)
            .all(&self.db.conn)
            .await?
            .into_iter()
            .map(|e| (e.id, e))
            .collect();
        let pairs: Vec<(i32, engagement::Model)> = participants
            .into_iter()
            .filter_map(|p| {
                Some((
                    p.organisation_id?,
                    engagements.get(&p.engagement_id)?.clone(),
                ))
            })
            .collect();
        let mut grouped = group_by(keys, pairs, |(org, _)| {
            Some(EngagementsOfOrganisation(*org))
        });
        Ok(grouped
            .drain()
            .map(|(k, v)| {
                let mut list: Vec<engagement::Model> = v.into_iter().map(|(_, e)| e).collect();
                list.sort_by(|a, b| b.occurred_on.cmp(&a.occurred_on).then(b.id.cmp(&a.id)));
                list.dedup_by_key(|e| e.id);
                (k, list)
            })
            .collect())
    }
}
