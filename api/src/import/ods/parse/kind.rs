//! The extracts the importer takes, and the layouts each has been published in.

use entity::enums::OrganisationKind;

/// Which extract a file is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExtractKind {
    /// `etr.csv`: NHS trusts, 24 fields (to 2020) or 27 quoted ones (later releases).
    Trusts,
    /// `epraccur.csv`: GP practices and other prescribing cost centres, 27 fields.
    Practices,
}

impl ExtractKind {
    /// The field counts of the layouts this extract has been published in.
    pub(super) fn field_counts(self) -> &'static [usize] {
        match self {
            Self::Trusts => &[24, 27],
            Self::Practices => &[27],
        }
    }

    /// The kinds of organisation rows of this extract give: the extract lists every one.
    pub fn kinds(self) -> &'static [OrganisationKind] {
        match self {
            Self::Trusts => &[
                OrganisationKind::NhsTrust,
                OrganisationKind::FoundationTrust,
            ],
            Self::Practices => &[OrganisationKind::GpPractice, OrganisationKind::Other],
        }
    }

    /// Whether rows of this extract give organisations of `kind`.
    pub fn gives(self, kind: OrganisationKind) -> bool {
        self.kinds().contains(&kind)
    }

    pub fn file_name(self) -> &'static str {
        match self {
            Self::Trusts => "etr.csv (NHS trusts)",
            Self::Practices => "epraccur.csv (GP practices)",
        }
    }
}
