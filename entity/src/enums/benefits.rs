use super::db_enum;

db_enum! {
    /// The category of a benefit in the benefits register.
    BenefitCategory {
        /// Releases cash that can be taken out of budgets.
        CashReleasing,
        /// Saves cost or time that is redeployed rather than taken out.
        NonCashReleasing,
        /// Improves the quality of care.
        Quality,
        /// Improves patient safety.
        Safety,
        /// Improves patients' experience.
        PatientExperience,
        /// Supports a strategic objective.
        Strategic,
    }
}

db_enum! {
    /// Which way a measure moves when things improve.
    Direction {
        /// Higher is better.
        Increase,
        /// Lower is better (waiting times, costs).
        Decrease,
    }
}

db_enum! {
    /// How local figures add up to a national one.
    Rollup {
        /// Add the local figures (cash, hours, counts).
        Sum,
        /// Average the local progress (percentages, rates).
        Mean,
    }
}

db_enum! {
    /// What the values of a measure are: the basis of its SPC.
    MeasureKind {
        /// A running total (cash released to date): SPC reads the change from one value to
        /// the next.
        Cumulative,
        /// A value per period (a rate, a share, a monthly count): SPC reads the values.
        Period,
    }
}

db_enum! {
    /// The value-profile column: what kind of value the benefit or service gives.
    ValueType {
        /// Better information for decisions.
        InformedDecisions,
        /// Doing the same work with less effort.
        WorkingSmarter,
    }
}

db_enum! {
    /// The value-profile row: who the value reaches.
    Reach {
        /// The organisation itself.
        Internal,
        /// Patients, partners or the public.
        External,
    }
}

db_enum! {
    /// Where a benefit is in its life.
    BenefitStatus {
        /// Named, not yet validated.
        Identified,
        /// Measure, baseline and target validated.
        Validated,
        /// Being realised through local commitments.
        InRealisation,
        /// Realised.
        Realised,
        /// Closed without further tracking.
        Closed,
    }
}
