use super::db_enum;

db_enum! {
    /// Where a service is in the catalogue's lifecycle.
    ServiceLifecycle {
        /// Being designed or built.
        Pipeline,
        /// In live operation.
        Live,
        /// Withdrawn from use.
        Retired,
    }
}

db_enum! {
    /// Where a service's deployment at an organisation stands.
    DeploymentStatus {
        /// Planned, not yet started.
        Planned,
        /// Going through readiness gates.
        ReadinessReview,
        /// Live at the organisation.
        Live,
        /// Switched off.
        Decommissioned,
    }
}

db_enum! {
    /// The decision at a readiness gate.
    GateStatus {
        /// The organisation is ready on this point.
        Passed,
        /// The organisation is not ready on this point.
        Failed,
        /// Not yet decided.
        Pending,
    }
}
