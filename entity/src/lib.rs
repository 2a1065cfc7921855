//! The tables of Realise as sea-orm entities, one module per table, and the enumerations
//! they use. See `../shared/DESIGN.md` ("The graph") for what each row means.

pub mod audit_event;
pub mod benefit;
pub mod benefit_link;
pub mod commitment;
pub mod commitment_history;
pub mod deployment;
pub mod enablement;
pub mod engagement;
pub mod engagement_participant;
pub mod enums;
pub mod measurement;
pub mod organisation;
pub mod organisation_relationship;
pub mod person;
pub mod programme;
pub mod readiness_gate;
pub mod service;
pub mod service_level_report;
pub mod stakeholder_assessment;
pub mod trajectory_point;

/// Every entity, for `use entity::prelude::*`.
pub mod prelude {
    pub use crate::audit_event::Entity as AuditEvent;
    pub use crate::benefit::Entity as Benefit;
    pub use crate::benefit_link::Entity as BenefitLink;
    pub use crate::commitment::Entity as Commitment;
    pub use crate::commitment_history::Entity as CommitmentHistory;
    pub use crate::deployment::Entity as Deployment;
    pub use crate::enablement::Entity as Enablement;
    pub use crate::engagement::Entity as Engagement;
    pub use crate::engagement_participant::Entity as EngagementParticipant;
    pub use crate::enums::*;
    pub use crate::measurement::Entity as Measurement;
    pub use crate::organisation::Entity as Organisation;
    pub use crate::organisation_relationship::Entity as OrganisationRelationship;
    pub use crate::person::Entity as Person;
    pub use crate::programme::Entity as Programme;
    pub use crate::readiness_gate::Entity as ReadinessGate;
    pub use crate::service::Entity as Service;
    pub use crate::service_level_report::Entity as ServiceLevelReport;
    pub use crate::stakeholder_assessment::Entity as StakeholderAssessment;
    pub use crate::trajectory_point::Entity as TrajectoryPoint;
}

/// The one place a row's `created_at` and `updated_at` are set: on every insert (unless given,
/// as the seeders give history) and on every update through an `ActiveModel`. Bulk writes
/// (`insert_many`, `update_many`) bypass the hook: the columns default to now on insert, and
/// the one bulk update of a domain row (a commitment's versioned update) sets `updated_at`
/// itself.
#[macro_export]
macro_rules! timestamped {
    () => {
        #[sea_orm::prelude::async_trait::async_trait]
        impl ActiveModelBehavior for ActiveModel {
            async fn before_save<C>(mut self, _db: &C, insert: bool) -> Result<Self, DbErr>
            where
                C: ConnectionTrait,
            {
                let now = chrono::Utc::now();
                if !insert || self.updated_at.is_not_set() {
                    self.updated_at = sea_orm::ActiveValue::Set(now);
                }
                if insert && self.created_at.is_not_set() {
                    self.created_at = sea_orm::ActiveValue::Set(now);
                }
                Ok(self)
            }
        }
    };
}
