use super::db_enum;

db_enum! {
    /// A stakeholder's stance towards a programme.
    Attitude {
        /// Actively promotes the programme.
        Champion,
        /// In favour.
        Supportive,
        /// Neither for nor against.
        Neutral,
        /// Has reservations that need addressing.
        Concerned,
        /// Opposes the programme.
        Resistant,
    }
}

db_enum! {
    /// What form a contact with stakeholders took.
    EngagementKind {
        /// A meeting.
        Meeting,
        /// A workshop.
        Workshop,
        /// A briefing or presentation.
        Briefing,
        /// Letters, emails or calls.
        Correspondence,
        /// A visit to a site.
        SiteVisit,
        /// A board meeting.
        Board,
        /// Anything else.
        Other,
    }
}

db_enum! {
    /// Where a programme is in its life.
    ProgrammeStatus {
        /// Defined but not started.
        Planned,
        /// Running.
        Active,
        /// Finished.
        Closed,
    }
}
