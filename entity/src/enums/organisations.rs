use super::db_enum;

db_enum! {
    /// What kind of body an organisation is in the health system.
    OrganisationKind {
        /// A national body, e.g. NHS England or NHS Digital.
        NationalBody,
        /// A strategic health authority (to 2013).
        StrategicHealthAuthority,
        /// A regional team (a national grouping, ODS `Y..` code).
        RegionalTeam,
        /// An area team (a high level health geography, ODS `Q..` code).
        AreaTeam,
        /// An NHS trust.
        NhsTrust,
        /// An NHS foundation trust.
        FoundationTrust,
        /// A primary care trust (closed in 2013, succeeded by CCGs).
        PrimaryCareTrust,
        /// A clinical commissioning group (2013 to 2022).
        ClinicalCommissioningGroup,
        /// An integrated care board (from 2022).
        IntegratedCareBoard,
        /// A GP practice or other prescribing cost centre.
        GpPractice,
        /// A primary care network: GP practices working together (from 2019).
        PrimaryCareNetwork,
        /// A shared IT service (e.g. a health informatics service) hosted by one organisation.
        SharedService,
        /// A supplier of IT services.
        Supplier,
        /// A local authority.
        LocalAuthority,
        /// Any other organisation.
        Other,
    }
}

db_enum! {
    /// Whether an organisation is operating.
    OrganisationStatus {
        /// Open and operating.
        Active,
        /// Open but not currently operating.
        Dormant,
        /// Announced but not yet open.
        Proposed,
        /// Closed: see `closedOn` and the organisation's successors.
        Closed,
    }
}

db_enum! {
    /// How one organisation relates to another, for a period of time.
    RelationshipKind {
        /// Accountable to the other organisation (trust PART_OF area team PART_OF region).
        PartOf,
        /// Commissioned by the other organisation (practice by CCG).
        CommissionedBy,
        /// A shared service hosted by the other organisation.
        HostedBy,
        /// Uses the shared service that is the other organisation.
        ServedBy,
        /// Replaced by the other organisation in a reorganisation (lineage).
        SucceededBy,
    }
}
