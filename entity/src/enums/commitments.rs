use super::db_enum;

db_enum! {
    /// Where a local commitment is in its lifecycle: DRAFT -> PROPOSED -> AGREED ->
    /// SIGNED_OFF -> REALISED; any live state -> WITHDRAWN or TRANSFERRED.
    CommitmentStatus {
        /// Being drafted by the organisation.
        Draft,
        /// Put to the programme board.
        Proposed,
        /// Agreed by the programme board.
        Agreed,
        /// Signed off by the organisation's executive.
        SignedOff,
        /// The committed benefit has been realised.
        Realised,
        /// Withdrawn, with a reason.
        Withdrawn,
        /// Transferred to a successor organisation.
        Transferred,
    }
}

impl CommitmentStatus {
    /// Live commitments count in roll-ups, and only one may exist per organisation and
    /// benefit; withdrawn and transferred ones are history.
    pub fn is_live(self) -> bool {
        !matches!(self, Self::Withdrawn | Self::Transferred)
    }

    /// The statuses that are not live, for SQL filters.
    pub const ENDED: [CommitmentStatus; 2] = [Self::Withdrawn, Self::Transferred];
}
