//! An organisation's members: the organisations whose relationship of one kind to it holds on
//! a date (those PART_OF a region, the practices a CCG commissions), by name, each once, read
//! a page at a time through the relationships (`graphql::linked`).

use chrono::NaiveDate;
use entity::enums::{OrganisationKind, RelationshipKind};
use sea_orm::ActiveEnum;

use super::row::OrganisationRow;
use crate::graphql::linked::LinkedList;
use crate::graphql::sql::Params;

/// Whose members, by which relationship on which date, and of which kinds.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Members {
    /// The organisation the relationships point to.
    pub of: i32,
    /// The kind of relationship.
    pub kind: RelationshipKind,
    /// The date the relationships must hold on.
    pub on: NaiveDate,
    /// Only members of these kinds (sorted, without repeats), or all.
    pub kinds: Option<Vec<OrganisationKind>>,
}

impl Members {
    /// The members of `of` by `kind` on `on`, of the `kinds` given (all when `None`).
    pub fn new(
        of: i32,
        kind: RelationshipKind,
        on: NaiveDate,
        kinds: Option<Vec<OrganisationKind>>,
    ) -> Self {
        let kinds = kinds.map(|mut kinds| {
            kinds.sort_by_key(ActiveEnum::to_value);
            kinds.dedup();
            kinds
        });
        Self {
            of,
            kind,
            on,
            kinds,
        }
    }
}

/// The organisation's members by name (then key): its relationships of the list's kind that
/// hold on its date name them.
impl LinkedList for Members {
    type Row = OrganisationRow;
    const TABLE: &'static str = "organisations";
    const COLUMNS: &'static str =
        "t.id, t.ods_code, t.name, t.kind, t.status, t.opened_on, t.closed_on";
    const ORDER: &'static str = "t.name, t.id";

    fn parent(&self) -> i32 {
        self.of
    }

    fn of_parent(&self, of: i32) -> Self {
        Self { of, ..self.clone() }
    }

    /// The end is written as PostgreSQL's index on (target, kind, end) has it, "never" for
    /// none, so the relationships that ended before the date are passed over in the index.
    fn links(&self, p: &mut Params, asked: &str) -> String {
        let kind = p.bind(self.kind.to_value());
        let on = p.bind(self.on);
        let again = p.bind(self.on);
        format!(
            "SELECT DISTINCT r.to_organisation_id AS parent, r.from_organisation_id AS member \
             FROM organisation_relationships r WHERE r.to_organisation_id {asked} \
             AND r.kind = {kind} AND (r.valid_from IS NULL OR r.valid_from <= {on}) \
             AND COALESCE(r.valid_to, '9999-12-31') > {again}"
        )
    }

    fn only(&self, p: &mut Params) -> String {
        match &self.kinds {
            None => String::new(),
            Some(kinds) => {
                let kinds: Vec<String> = kinds.iter().map(ActiveEnum::to_value).collect();
                format!(" AND t.kind IN ({})", p.each(&kinds))
            }
        }
    }

    fn lets_none(&self) -> bool {
        self.kinds.as_ref().is_some_and(Vec::is_empty)
    }
}

#[cfg(test)]
mod tests;
