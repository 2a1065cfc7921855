//! The GraphQL types, queries and mutations of realisation, over the `realisation` store.

mod programme;
mod progress;
pub(crate) mod register;
mod resolve;
mod rollups;

pub use programme::{BenefitCoverage, ProgrammeRealisation};
pub use progress::{Assurance, CommitmentProgress, Rag, SpcAnalysis, SpcPoint, Variation};
pub use register::{RegisterEntry, RegisterFilter, RegisterOrder, RegisterSort, SortDirection};
pub use resolve::{
    benefit_coverage, benefit_realisation, commitment_progress, commitment_spc,
    organisation_realisation, programme_ownership, programme_realisation, programme_register,
};
pub use rollups::{
    BenefitRealisation, CoverageSummary, ProgrammeOwnership, RagCounts, ScopeRealisation,
    StatusCounts,
};
