//! The service catalogue (ITIL-style): services, where each is deployed and live, readiness
//! gates, and the service levels achieved against target.

pub(crate) mod loaders;

pub use loaders::{
    DeploymentById, DeploymentsOfOrganisation, DeploymentsOfService, GatesOfDeployment,
    ReportsOfDeployment, ReportsOfService, ServiceById, ServicesOfOwner, ServicesOfProvider,
};

/// Whether achieved availability meets the target: derived, never stored.
pub fn service_level_met(availability: f64, target: Option<f64>) -> Option<bool> {
    target.map(|t| availability >= t)
}

#[cfg(test)]
mod tests {
    #[test]
    fn met_is_availability_at_or_above_target() {
        assert_eq!(super::service_level_met(99.9, Some(99.9)), Some(true));
        assert_eq!(super::service_level_met(99.89, Some(99.9)), Some(false));
        assert_eq!(super::service_level_met(100.0, None), None);
    }
}
