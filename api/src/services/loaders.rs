//! Batched loading of services, deployments, gates and service level reports.

use entity::{deployment, readiness_gate, service, service_level_report};

use crate::graphql::loader::{load_by_id, load_children};

load_by_id!(ServiceById, service::Entity);
load_by_id!(DeploymentById, deployment::Entity);
load_children!(
    DeploymentsOfOrganisation,
    deployment::Entity,
    OrganisationId,
    organisation_id,
    ServiceId
);
load_children!(
    DeploymentsOfService,
    deployment::Entity,
    ServiceId,
    service_id,
    OrganisationId
);
load_children!(
    GatesOfDeployment,
    readiness_gate::Entity,
    DeploymentId,
    deployment_id,
    Id
);
load_children!(
    ReportsOfService,
    service_level_report::Entity,
    ServiceId,
    service_id,
    PeriodStart
);
load_children!(
    ReportsOfDeployment,
    service_level_report::Entity,
    DeploymentId,
    deployment_id,
    PeriodStart
);
load_children!(
    ServicesOfProvider,
    service::Entity,
    ProviderId,
    provider_id,
    Name
);
load_children!(ServicesOfOwner, service::Entity, OwnerId, owner_id, Name);
