//! The GraphQL types of organisations and their relationships.

use async_graphql::{Context, ID, Object};
use entity::enums::RelationshipKind::{CommissionedBy, HostedBy, PartOf, ServedBy, SucceededBy};
use entity::enums::{OrganisationKind, OrganisationStatus, RelationshipKind};
use realise_macros::connections;

use super::related::RelationshipDirection::{self, Incoming, Outgoing};
use super::relationship::OrganisationRelationship;

use crate::commitments::page::PageOf;
use crate::graphql::children::{ChildList, children_page};
use crate::graphql::connection::Connection;
use crate::graphql::context::ContextExt;
use crate::graphql::error::ApiResult;
use crate::graphql::ids::NodeType;
use crate::graphql::linked::linked_page;
use crate::graphql::loader::load_or_default;
use crate::graphql::scalars::{Date, Timestamp};
use crate::organisations::members::Members;
use crate::organisations::row::OrganisationRow;
use crate::schema::commitments::Commitment;
use crate::schema::services::{Deployment, Service};
use crate::schema::stakeholders::{Engagement, Person, StakeholderAssessment};
use crate::services::{DeploymentsOfOrganisation, ServicesOfProvider};
use crate::stakeholders::{AssessmentsOfOrganisation, EngagementsOf, PeopleOfOrganisation};

/// An organisation of the health system: a regional or area team, a trust, a commissioner, a
/// GP practice, a shared IT service, a supplier.
#[derive(Clone)]
pub struct Organisation(pub OrganisationRow);
crate::graphql::row_object::row_object!(
    Organisation,
    OrganisationRow,
    crate::organisations::OrganisationById
);

/// An organisation of the health system: a regional or area team, a trust, a commissioner, a
/// GP practice, a shared IT service, a supplier.
#[connections]
#[Object]
impl Organisation {
    /// Global id.
    pub async fn id(&self) -> ID {
        NodeType::Organisation.id(self.0.id)
    }
    /// Changes to this organisation, newest first (administrators and the programme board only).
    #[connection]
    async fn audit_trail(
        &self,
        ctx: &Context<'_>,
    ) -> ApiResult<Connection<crate::audit::AuditEvent>> {
        crate::audit::trail(ctx, NodeType::Organisation, self.0.id, page).await
    }
    /// ODS code, the national identifier (suppliers may have none).
    async fn ods_code(&self) -> Option<&str> {
        self.0.ods_code.as_deref()
    }
    /// Name as published.
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// What kind of body it is.
    async fn kind(&self) -> OrganisationKind {
        self.0.kind
    }
    /// Whether it is operating.
    async fn status(&self) -> OrganisationStatus {
        self.0.status
    }
    /// When it opened.
    async fn opened_on(&self) -> Option<Date> {
        self.0.opened_on.map(Date)
    }
    /// When it closed.
    async fn closed_on(&self) -> Option<Date> {
        self.0.closed_on.map(Date)
    }
    /// The date of the latest ODS extract that listed it. An organisation a newer extract of its
    /// kind leaves out is kept, and this stays at the older extract's date; null when no
    /// extract has listed it (suppliers, bodies named only by a reference file).
    async fn last_seen_on(&self, ctx: &Context<'_>) -> ApiResult<Option<Date>> {
        Ok(self.details(ctx).await?.last_seen_on.map(Date))
    }
    /// The address lines that are present, in order.
    async fn address_lines(&self, ctx: &Context<'_>) -> ApiResult<Vec<String>> {
        let d = self.details(ctx).await?;
        Ok([
            d.address_line1,
            d.address_line2,
            d.address_line3,
            d.address_line4,
            d.address_line5,
        ]
        .into_iter()
        .flatten()
        .collect())
    }
    /// Postcode.
    async fn postcode(&self, ctx: &Context<'_>) -> ApiResult<Option<String>> {
        Ok(self.details(ctx).await?.postcode)
    }
    /// When the record was created in Realise.
    async fn created_at(&self, ctx: &Context<'_>) -> ApiResult<Timestamp> {
        Ok(Timestamp(self.details(ctx).await?.created_at))
    }
    /// When the record last changed in Realise.
    async fn updated_at(&self, ctx: &Context<'_>) -> ApiResult<Timestamp> {
        Ok(Timestamp(self.details(ctx).await?.updated_at))
    }

    /// The organisation this one is PART_OF on the date (default today).
    #[dated("The date to read the hierarchy at (default today).")]
    async fn parent(&self, ctx: &Context<'_>) -> ApiResult<Option<Organisation>> {
        self.one(ctx, PartOf, ctx.as_at(as_at)).await
    }

    /// The organisations PART_OF this one on the date (default today), by name.
    #[connection]
    #[dated("The date to read the hierarchy at (default today).")]
    async fn children(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only children of these kinds.")] kinds: Option<Vec<OrganisationKind>>,
    ) -> ApiResult<Connection<Organisation>> {
        let members = Members::new(self.0.id, PartOf, ctx.as_at(as_at), kinds);
        linked_page(ctx, page, members, Organisation).await
    }

    /// The organisation that commissions this one on the date (default today).
    #[dated("The date to read the relationship at (default today).")]
    async fn commissioner(&self, ctx: &Context<'_>) -> ApiResult<Option<Organisation>> {
        self.one(ctx, CommissionedBy, ctx.as_at(as_at)).await
    }

    /// The organisations this one commissions on the date (default today), by name.
    #[connection]
    #[dated("The date to read the relationships at (default today).")]
    async fn commissioned(&self, ctx: &Context<'_>) -> ApiResult<Connection<Organisation>> {
        let members = Members::new(self.0.id, CommissionedBy, ctx.as_at(as_at), None);
        linked_page(ctx, page, members, Organisation).await
    }

    /// The organisation hosting this shared service on the date (default today).
    #[dated("The date to read the relationship at (default today).")]
    async fn hosted_by(&self, ctx: &Context<'_>) -> ApiResult<Option<Organisation>> {
        self.one(ctx, HostedBy, ctx.as_at(as_at)).await
    }

    /// The shared services this organisation hosts on the date (default today).
    #[dated("The date to read the relationships at (default today).")]
    async fn hosts(&self, ctx: &Context<'_>) -> ApiResult<Vec<Organisation>> {
        self.others(ctx, Incoming, HostedBy, Some(ctx.as_at(as_at)))
            .await
    }

    /// The shared services this organisation is SERVED_BY on the date (default today).
    #[dated("The date to read the relationships at (default today).")]
    async fn served_by(&self, ctx: &Context<'_>) -> ApiResult<Vec<Organisation>> {
        self.others(ctx, Outgoing, ServedBy, Some(ctx.as_at(as_at)))
            .await
    }

    /// The organisations this shared service serves on the date (default today).
    #[dated("The date to read the relationships at (default today).")]
    async fn serves(&self, ctx: &Context<'_>) -> ApiResult<Vec<Organisation>> {
        self.others(ctx, Incoming, ServedBy, Some(ctx.as_at(as_at)))
            .await
    }

    /// The organisations that took over from this one in a reorganisation (whenever it was).
    async fn successors(&self, ctx: &Context<'_>) -> ApiResult<Vec<Organisation>> {
        self.others(ctx, Outgoing, SucceededBy, None).await
    }

    /// The organisations this one took over from in a reorganisation (whenever it was).
    async fn predecessors(&self, ctx: &Context<'_>) -> ApiResult<Vec<Organisation>> {
        self.others(ctx, Incoming, SucceededBy, None).await
    }

    /// This organisation's relationships, as at a date or over all time.
    async fn relationships(
        &self,
        ctx: &Context<'_>,
        #[graphql(
            desc = "Outgoing (default) or incoming relationships.",
            default_with = "RelationshipDirection::Outgoing"
        )]
        direction: RelationshipDirection,
        #[graphql(desc = "Only relationships of this kind.")] kind: Option<RelationshipKind>,
        #[graphql(desc = "Only relationships holding on this date (default today).")] as_at: Option<
            Date,
        >,
        #[graphql(
            desc = "Every relationship ever recorded, ignoring `asAt`: the lineage.",
            default = false
        )]
        include_history: bool,
    ) -> ApiResult<Vec<OrganisationRelationship>> {
        let as_at = (!include_history).then(|| ctx.as_at(as_at));
        let mut rels = self.related(ctx, direction, kind, as_at).await?;
        rels.sort_by_key(|r| (r.valid_from, r.id));
        Ok(rels.into_iter().map(OrganisationRelationship).collect())
    }

    /// The people who work here, by name.
    #[connection]
    async fn people(&self, ctx: &Context<'_>) -> ApiResult<Connection<Person>> {
        children_page(ctx, page, PeopleOfOrganisation(self.0.id).rows(), Person).await
    }

    /// Realisation of a programme over this organisation and everything PART_OF it as at a
    /// date, by benefit; null when the programme does not exist.
    async fn realisation(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The programme whose benefits to roll up.")] programme: ID,
        #[graphql(desc = "The date of the figures (default today).")] as_at: Option<Date>,
    ) -> ApiResult<Option<crate::schema::realisation::ScopeRealisation>> {
        crate::schema::realisation::organisation_realisation(ctx, self.0.id, &programme, as_at)
            .await
    }

    /// This organisation's commitments to benefits (all statuses unless filtered).
    #[connection]
    async fn commitments(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only commitments in these statuses.")] statuses: Option<
            Vec<entity::enums::CommitmentStatus>,
        >,
    ) -> ApiResult<Connection<Commitment>> {
        let of = PageOf::Organisation(self.0.id);
        crate::schema::commitments::commitments_of(ctx, page, of, statuses).await
    }

    /// The services deployed (or planned) here.
    #[connection]
    async fn deployments(&self, ctx: &Context<'_>) -> ApiResult<Connection<Deployment>> {
        let list = DeploymentsOfOrganisation(self.0.id).rows();
        children_page(ctx, page, list, Deployment).await
    }

    /// The services in the catalogue this organisation provides (as a supplier or a shared
    /// service), by name.
    async fn services_provided(&self, ctx: &Context<'_>) -> ApiResult<Vec<Service>> {
        let rows = load_or_default(ctx.request(), ServicesOfProvider(self.0.id)).await?;
        Ok(rows.into_iter().map(Service).collect())
    }

    /// How programmes have rated this organisation as a stakeholder, oldest first.
    async fn stakeholder_assessments(
        &self,
        ctx: &Context<'_>,
    ) -> ApiResult<Vec<StakeholderAssessment>> {
        let rows = load_or_default(ctx.request(), AssessmentsOfOrganisation(self.0.id)).await?;
        Ok(rows.into_iter().map(StakeholderAssessment).collect())
    }

    /// The engagements this organisation took part in, newest first.
    #[connection]
    async fn engagements(&self, ctx: &Context<'_>) -> ApiResult<Connection<Engagement>> {
        let list = EngagementsOf::Organisation(self.0.id);
        linked_page(ctx, page, list, Engagement).await
    }
}
