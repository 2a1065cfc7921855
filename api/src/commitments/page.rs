//! A page of many parents' commitments, in one statement that reads no more: each parent's
//! commitments from the page's first (`OFFSET`) to its last (and one more when the query asks
//! whether a next page exists), with each commitment's benefit and owner read in the same
//! statement when the query asks for them. A trust's 20 commitments with their benefits and
//! owners are then one statement, not three, and read 20 commitments (21 with `hasNextPage`),
//! not the trust's whole list.

use std::any::TypeId;
use std::collections::HashMap;

use async_graphql::dataloader::Loader;
use entity::enums::CommitmentStatus;
use entity::{benefit, commitment, person};
use sea_orm::{
    ActiveEnum, ConnectionTrait, DbBackend, EntityTrait, FromQueryResult, IdenStatic, Iterable,
    Statement,
};

use crate::benefits::BenefitById;
use crate::graphql::loader::{DbLoader, LoadError, by_shape, key_list};
use crate::graphql::sql::{Params, clamped};
use crate::stakeholders::PersonById;

/// Whose commitments a page lists, and so in which order: an organisation's by benefit, a
/// benefit's by organisation (then by key), as the whole lists are.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PageOf {
    /// An organisation's commitments.
    Organisation(i32),
    /// The commitments to a benefit.
    Benefit(i32),
}

/// What a page's rows bring along: the linked rows the query selects.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Along {
    /// Each commitment's benefit.
    pub benefit: bool,
    /// Each commitment's owner.
    pub owner: bool,
}

/// `rows` commitments of a parent after its first `skip`, in the statuses asked for (all when
/// `None`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct CommitmentsPage {
    /// Whose commitments.
    pub of: PageOf,
    /// How many of the parent's first commitments are passed over.
    pub skip: u64,
    /// How many rows at most.
    pub rows: u32,
    /// Only commitments in these statuses (sorted, without repeats), or all.
    pub statuses: Option<Vec<CommitmentStatus>>,
    /// The linked rows to read along.
    pub along: Along,
}

/// A commitment on a page with the linked rows read along with it.
#[derive(Clone, Debug)]
pub struct PagedCommitment {
    /// The commitment.
    pub commitment: commitment::Model,
    /// Its benefit, when read along.
    pub benefit: Option<benefit::Model>,
    /// Its owner, when read along and it has one.
    pub owner: Option<person::Model>,
}

/// Whether a page of commitments brings along rows of `key`'s type (benefits and people),
/// for the request's loader to keep (`graphql::loader::Primed`).
pub fn brings_along(key: TypeId) -> bool {
    key == TypeId::of::<BenefitById>() || key == TypeId::of::<PersonById>()
}

/// The prefixes of the linked rows' columns in a page's result.
const BENEFIT: &str = "benefit_";
const OWNER: &str = "owner_";

impl Loader<CommitmentsPage> for DbLoader {
    type Value = Vec<PagedCommitment>;
    type Error = LoadError;

    async fn load(
        &self,
        keys: &[CommitmentsPage],
    ) -> Result<HashMap<CommitmentsPage, Self::Value>, Self::Error> {
        let mut found: HashMap<CommitmentsPage, Self::Value> =
            keys.iter().map(|k| (k.clone(), Vec::new())).collect();
        for (shape, parents) in by_shape(keys, |k| (Shape::of(k), k.parent())) {
            let statement = page_rows(self.db.backend(), &shape, &parents);
            for row in self.db.conn.query_all_raw(statement).await? {
                let commitment = commitment::Model::from_query_result(&row, "")?;
                // A linked row that is not there (no owner) reads as NULLs: `None`.
                let benefit = match shape.along.benefit {
                    true => Option::<benefit::Model>::from_query_result(&row, BENEFIT)?,
                    false => None,
                };
                let owner = match shape.along.owner {
                    true => Option::<person::Model>::from_query_result(&row, OWNER)?,
                    false => None,
                };
                let key = shape.key(commitment.organisation_id, commitment.benefit_id);
                found.entry(key).or_default().push(PagedCommitment {
                    commitment,
                    benefit,
                    owner,
                });
            }
        }
        Ok(found)
    }
}

impl CommitmentsPage {
    fn parent(&self) -> i32 {
        match self.of {
            PageOf::Organisation(id) | PageOf::Benefit(id) => id,
        }
    }
}

/// Everything of a key but its parent: the keys of one shape are read in one statement.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Shape {
    by_organisation: bool,
    skip: u64,
    rows: u32,
    statuses: Option<Vec<CommitmentStatus>>,
    along: Along,
}

impl Shape {
    fn of(key: &CommitmentsPage) -> Self {
        Self {
            by_organisation: matches!(key.of, PageOf::Organisation(_)),
            skip: key.skip,
            rows: key.rows,
            statuses: key.statuses.clone(),
            along: key.along,
        }
    }

    /// The key a row of this shape answers, by the row's organisation and benefit.
    fn key(&self, organisation: i32, benefit: i32) -> CommitmentsPage {
        CommitmentsPage {
            of: match self.by_organisation {
                true => PageOf::Organisation(organisation),
                false => PageOf::Benefit(benefit),
            },
            skip: self.skip,
            rows: self.rows,
            statuses: self.statuses.clone(),
            along: self.along,
        }
    }

    /// The parent column and the column the page is ordered by (then by key).
    fn columns(&self) -> (&'static str, &'static str) {
        match self.by_organisation {
            true => ("organisation_id", "benefit_id"),
            false => ("benefit_id", "organisation_id"),
        }
    }
}

/// `SELECT` a page of each parent's commitments, with the linked rows asked for. PostgreSQL
/// walks each parent's commitments and stops at the page (LATERAL ... LIMIT ... OFFSET);
/// SQLite, which has no LATERAL, numbers each parent's commitments in a window and keeps the
/// page's range of numbers. The linked rows' columns are named with a prefix, so they cannot
/// collide.
fn page_rows(backend: DbBackend, shape: &Shape, parents: &[i32]) -> Statement {
    let (parent, order) = shape.columns();
    let statuses = shape.statuses.as_deref().unwrap_or_default();
    let mut along = String::new();
    let mut joins = String::new();
    if shape.along.benefit {
        along.push_str(&prefixed::<benefit::Entity>("b", BENEFIT));
        joins.push_str(" LEFT JOIN benefits b ON b.id = c.benefit_id");
    }
    if shape.along.owner {
        along.push_str(&prefixed::<person::Entity>("p", OWNER));
        joins.push_str(" LEFT JOIN people p ON p.id = c.owner_id");
    }
    let statuses: Vec<String> = statuses.iter().map(ActiveEnum::to_value).collect();
    let mut p = Params::new(backend);
    let sql = match backend {
        DbBackend::Postgres => {
            let asked = p.bind(key_list(parents));
            let rows = p.bind(i64::from(shape.rows));
            let in_status = in_list(&mut p, &statuses);
            let offset = match shape.skip {
                0 => String::new(),
                skip => format!(" OFFSET {}", p.bind(clamped(skip))),
            };
            format!(
                "SELECT c.*{along} \
                 FROM unnest(string_to_array({asked}, ',')::int[]) AS asked(parent) \
                 CROSS JOIN LATERAL (\
                   SELECT * FROM commitments c WHERE c.{parent} = asked.parent {in_status} \
                   ORDER BY c.{order}, c.id LIMIT {rows}{offset}\
                 ) c{joins} \
                 ORDER BY c.{parent}, c.{order}, c.id"
            )
        }
        _ => {
            // Positional placeholders: the parents, the statuses, then the page's places.
            let asked = p.each(parents);
            let in_status = in_list(&mut p, &statuses);
            let places = p.places("c.place", shape.rows, shape.skip);
            format!(
                "SELECT c.*{along} FROM (\
                   SELECT c.*, ROW_NUMBER() OVER (\
                     PARTITION BY c.{parent} ORDER BY c.{order}, c.id) AS place \
                   FROM commitments c WHERE c.{parent} IN ({asked}) {in_status}\
                 ) c{joins} WHERE {places} \
                 ORDER BY c.{parent}, c.place"
            )
        }
    };
    p.statement(sql)
}

/// `AND c.status IN (...)` of `statuses`, or nothing.
fn in_list(p: &mut Params, statuses: &[String]) -> String {
    if statuses.is_empty() {
        return String::new();
    }
    format!("AND c.status IN ({})", p.each(statuses))
}

/// `, t.col AS "prefix_col"` for every column of `E`, read from the table aliased `alias`.
fn prefixed<E: EntityTrait>(alias: &str, prefix: &str) -> String {
    E::Column::iter()
        .map(|column| {
            let name = column.as_str();
            format!(", {alias}.{name} AS \"{prefix}{name}\"")
        })
        .collect()
}

#[cfg(test)]
mod tests;
