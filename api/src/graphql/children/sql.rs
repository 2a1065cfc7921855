//! The statements that read parents' lists: a window of each parent's rows, or each parent's
//! count.

use sea_orm::{DbBackend, EntityName, IdenStatic, Statement};

use super::{ChildList, ChildRows, Only};
use crate::graphql::loader::key_list;
use crate::graphql::sql::Params;

/// The filter's condition on the rows `c` of `table` (no row for a filter of no values), or
/// nothing.
fn filter(p: &mut Params, table: &str, only: &Option<Only>) -> String {
    match only {
        None => String::new(),
        Some(Only::Holding { values, .. }) if values.is_empty() => " AND 1 = 0".to_owned(),
        Some(Only::Holding { column, values }) => {
            format!(" AND c.\"{column}\" IN ({})", p.each(values))
        }
        Some(Only::Unnamed { by }) => {
            format!(" AND NOT EXISTS (SELECT 1 FROM \"{table}\" n WHERE n.\"{by}\" = c.id)")
        }
    }
}

/// `SELECT` the rows of each of `parents` that `shape` asks for, in the list's order: the
/// `first` rows after the `skip` first, or all of them.
pub(super) fn rows<K: ChildList>(
    backend: DbBackend,
    shape: &ChildRows<()>,
    parents: &[i32],
) -> Statement {
    let table = K::Entity::default().table_name();
    let parent = K::parent_column().as_str();
    let order = K::order_column().as_str();
    let dir = if shape.newest_first { "DESC" } else { "ASC" };
    let in_order = format!("c.\"{order}\" {dir}, c.id {dir}");
    let mut p = Params::new(backend);
    let sql = match (backend, shape.first) {
        // One parent (a list under one object): the plain form, cheaper to plan and run.
        (_, Some(first)) if parents.len() == 1 => {
            let asked = p.bind(parents[0]);
            let only = filter(&mut p, table, &shape.only);
            let window = p.limit(first, shape.skip);
            format!(
                "SELECT c.* FROM \"{table}\" c WHERE c.\"{parent}\" = {asked}{only} \
                 ORDER BY {in_order} {window}"
            )
        }
        (DbBackend::Postgres, Some(first)) => {
            let asked = p.bind(key_list(parents));
            let only = filter(&mut p, table, &shape.only);
            let window = p.limit(first, shape.skip);
            format!(
                "SELECT c.* FROM unnest(string_to_array({asked}, ',')::int[]) AS asked(parent) \
                 CROSS JOIN LATERAL (\
                   SELECT * FROM \"{table}\" c WHERE c.\"{parent}\" = asked.parent{only} \
                   ORDER BY {in_order} {window}\
                 ) c ORDER BY c.\"{parent}\", {in_order}"
            )
        }
        // SQLite has no LATERAL: each parent's rows are numbered in a window, and a page is a
        // range of those numbers.
        (_, Some(first)) => {
            let asked = p.each(parents);
            let only = filter(&mut p, table, &shape.only);
            let places = p.places("c.place", first, shape.skip);
            format!(
                "SELECT * FROM (\
                   SELECT c.*, ROW_NUMBER() OVER (PARTITION BY c.\"{parent}\" ORDER BY {in_order}) \
                     AS place \
                   FROM \"{table}\" c WHERE c.\"{parent}\" IN ({asked}){only}\
                 ) c WHERE {places} ORDER BY c.\"{parent}\", c.place"
            )
        }
        (_, None) => {
            let asked = p.any_of(parents);
            let only = filter(&mut p, table, &shape.only);
            format!(
                "SELECT c.* FROM \"{table}\" c WHERE c.\"{parent}\" {asked}{only} \
                 ORDER BY c.\"{parent}\", {in_order}"
            )
        }
    };
    p.statement(sql)
}

/// `SELECT` how many rows each of `parents` has that the filter `only` lets through. A parent
/// with none has no row.
pub(super) fn totals<K: ChildList>(
    backend: DbBackend,
    only: &Option<Only>,
    parents: &[i32],
) -> Statement {
    let table = K::Entity::default().table_name();
    let parent = K::parent_column().as_str();
    let mut p = Params::new(backend);
    let asked = p.any_of(parents);
    let only = filter(&mut p, table, only);
    p.statement(format!(
        "SELECT c.\"{parent}\" AS parent, COUNT(*) AS total FROM \"{table}\" c \
         WHERE c.\"{parent}\" {asked}{only} GROUP BY c.\"{parent}\""
    ))
}
