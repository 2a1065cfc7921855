//! A page of an organisation's members: the organisations whose relationship of one kind to it
//! holds on a date (those PART_OF a region, the practices a CCG commissions), by name. Many
//! parents' pages are one statement, which returns only each page's rows: the database still
//! reads every member of a parent, as the order is the members' names, which the relationships
//! do not hold, but it sorts them and sends the page alone, not the whole list to be cut here.
//!
//! An organisation linked twice on the date (two PART_OF rows that overlap) is listed once.

use std::collections::HashMap;

use async_graphql::dataloader::Loader;
use chrono::NaiveDate;
use entity::enums::{OrganisationKind, RelationshipKind};
use sea_orm::{ActiveEnum, ConnectionTrait, DbBackend, FromQueryResult, Statement};

use super::row::OrganisationRow;
use crate::graphql::loader::{DbLoader, LoadError, by_shape, key_list};
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

    /// Whether the filter lets no organisation through (no kind asked for).
    pub fn lets_none(&self) -> bool {
        self.kinds.as_ref().is_some_and(Vec::is_empty)
    }

    /// The same members of another organisation.
    fn of_parent(&self, of: i32) -> Self {
        Self { of, ..self.clone() }
    }
}

/// `rows` members after the first `skip`, in name order (then by key).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct MembersPage {
    /// Whose members.
    pub members: Members,
    /// How many of the first members are passed over.
    pub skip: u64,
    /// How many at most.
    pub rows: u32,
}

/// How many members an organisation has.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct MembersTotal(pub Members);

/// The column naming each row's parent in a page's result.
const PARENT: &str = "member_of";

impl Loader<MembersPage> for DbLoader {
    type Value = Vec<OrganisationRow>;
    type Error = LoadError;

    async fn load(
        &self,
        keys: &[MembersPage],
    ) -> Result<HashMap<MembersPage, Self::Value>, Self::Error> {
        let shape_of = |k: &MembersPage| ((k.members.of_parent(0), k.skip, k.rows), k.members.of);
        let mut found = HashMap::with_capacity(keys.len());
        for ((members, skip, rows), parents) in by_shape(keys, shape_of) {
            let statement = page_rows(self.db.backend(), &members, skip, rows, &parents);
            for row in self.db.conn.query_all_raw(statement).await? {
                let parent: i32 = row.try_get("", PARENT)?;
                let key = MembersPage {
                    members: members.of_parent(parent),
                    skip,
                    rows,
                };
                found
                    .entry(key)
                    .or_insert_with(Vec::new)
                    .push(OrganisationRow::from_query_result(&row, "")?);
            }
        }
        Ok(found)
    }
}

impl Loader<MembersTotal> for DbLoader {
    type Value = u64;
    type Error = LoadError;

    async fn load(
        &self,
        keys: &[MembersTotal],
    ) -> Result<HashMap<MembersTotal, Self::Value>, Self::Error> {
        let mut found = HashMap::with_capacity(keys.len());
        for (members, parents) in by_shape(keys, |k| (k.0.of_parent(0), k.0.of)) {
            let statement = totals(self.db.backend(), &members, &parents);
            for row in self.db.conn.query_all_raw(statement).await? {
                let parent: i32 = row.try_get("", PARENT)?;
                let total: i64 = row.try_get("", "total")?;
                let total = u64::try_from(total).unwrap_or_default();
                found.insert(MembersTotal(members.of_parent(parent)), total);
            }
        }
        Ok(found)
    }
}

/// The columns of an organisation a page reads (`OrganisationRow`), from the table `o`.
const COLUMNS: &str = "o.id, o.ods_code, o.name, o.kind, o.status, o.opened_on, o.closed_on";

/// `AND` the relationships `r` of `members`' kind that hold on its date.
fn holding(p: &mut Params, members: &Members) -> String {
    let kind = p.bind(members.kind.to_value());
    let on = p.bind(members.on);
    let again = p.bind(members.on);
    format!(
        "AND r.kind = {kind} AND (r.valid_from IS NULL OR r.valid_from <= {on}) \
         AND (r.valid_to IS NULL OR r.valid_to > {again})"
    )
}

/// `AND` the organisations `o` of the kinds asked for, or nothing.
fn of_kinds(p: &mut Params, members: &Members) -> String {
    match &members.kinds {
        None => String::new(),
        Some(kinds) => {
            let kinds: Vec<String> = kinds.iter().map(ActiveEnum::to_value).collect();
            format!(" AND o.kind IN ({})", p.each(&kinds))
        }
    }
}

/// `SELECT` each of `parents`' members from the first `skip` on, `rows` of them, by name.
/// PostgreSQL reads each parent's page apart (`LATERAL ... LIMIT ... OFFSET`); SQLite, which
/// has no LATERAL, numbers each parent's members in a window and keeps a range of the numbers.
/// A single parent (an organisation's page) is a plain `LIMIT` on both.
fn page_rows(
    backend: DbBackend,
    members: &Members,
    skip: u64,
    rows: u32,
    parents: &[i32],
) -> Statement {
    let mut p = Params::new(backend);
    let in_order = "o.name, o.id";
    let sql = match (backend, parents) {
        (_, [parent]) => {
            let shown = p.bind(*parent);
            let asked = p.bind(*parent);
            let holding = holding(&mut p, members);
            let kinds = of_kinds(&mut p, members);
            let window = p.limit(rows, skip);
            format!(
                "SELECT {shown} AS {PARENT}, {COLUMNS} FROM organisations o \
                 WHERE o.id IN (SELECT r.from_organisation_id FROM organisation_relationships r \
                   WHERE r.to_organisation_id = {asked} {holding}){kinds} \
                 ORDER BY {in_order} {window}"
            )
        }
        (DbBackend::Postgres, _) => {
            let asked = p.bind(key_list(parents));
            let holding = holding(&mut p, members);
            let kinds = of_kinds(&mut p, members);
            let window = p.limit(rows, skip);
            format!(
                "SELECT asked.parent AS {PARENT}, {COLUMNS} \
                 FROM unnest(string_to_array({asked}, ',')::int[]) AS asked(parent) \
                 CROSS JOIN LATERAL (\
                   SELECT * FROM organisations o \
                   WHERE o.id IN (SELECT r.from_organisation_id FROM organisation_relationships r \
                     WHERE r.to_organisation_id = asked.parent {holding}){kinds} \
                   ORDER BY {in_order} {window}\
                 ) o ORDER BY asked.parent, {in_order}"
            )
        }
        _ => {
            let links = links(&mut p, members, parents);
            let kinds = of_kinds(&mut p, members);
            let places = p.places("m.place", rows, skip);
            format!(
                "SELECT * FROM (\
                   SELECT l.parent AS {PARENT}, {COLUMNS}, \
                     ROW_NUMBER() OVER (PARTITION BY l.parent ORDER BY {in_order}) AS place \
                   FROM ({links}) l JOIN organisations o ON o.id = l.member{kinds}\
                 ) m WHERE {places} ORDER BY m.{PARENT}, m.place"
            )
        }
    };
    p.statement(sql)
}

/// `SELECT` how many members each of `parents` has. A parent with none has no row.
fn totals(backend: DbBackend, members: &Members, parents: &[i32]) -> Statement {
    let mut p = Params::new(backend);
    let links = links(&mut p, members, parents);
    let kinds = of_kinds(&mut p, members);
    p.statement(format!(
        "SELECT l.parent AS {PARENT}, COUNT(*) AS total \
         FROM ({links}) l JOIN organisations o ON o.id = l.member{kinds} GROUP BY l.parent"
    ))
}

/// Each parent's members once (`parent`, `member`), whatever the relationships repeat.
fn links(p: &mut Params, members: &Members, parents: &[i32]) -> String {
    let asked = p.any_of(parents);
    let holding = holding(p, members);
    format!(
        "SELECT DISTINCT r.to_organisation_id AS parent, r.from_organisation_id AS member \
         FROM organisation_relationships r WHERE r.to_organisation_id {asked} {holding}"
    )
}

#[cfg(test)]
mod tests;
