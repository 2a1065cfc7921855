//! Pieces shared by the filter inputs of top-level lists: [`Where`], which turns a filter's
//! parts into SQL, each part given adding a condition and each part left out adding none.

use async_graphql::ID;
use sea_orm::sea_query::{Expr, ExprTrait, Func, IntoCondition, LikeExpr, SimpleExpr};
use sea_orm::{ColumnTrait, Condition, IntoSimpleExpr, Value};

use super::error::ApiResult;
use super::ids::{NodeType, decode_as};

/// The condition of a list's filter, built a part at a time; all parts must hold.
pub struct Where(Condition);

impl Where {
    /// No condition yet: every row.
    pub fn all() -> Self {
        Self(Condition::all())
    }

    /// With `condition`, when there is one.
    pub fn and(self, condition: Option<impl IntoCondition>) -> Self {
        match condition {
            Some(c) => Self(self.0.add(c)),
            None => self,
        }
    }

    /// `column` is one of `values`, when they are given.
    pub fn one_of<V: Into<Value>>(
        self,
        column: impl ColumnTrait,
        values: Option<impl IntoIterator<Item = V>>,
    ) -> Self {
        self.and(values.map(|v| column.is_in(v)))
    }

    /// `column` holds the key of the `node` whose global id is `id`, when one is given.
    pub fn key(self, column: impl ColumnTrait, id: Option<&ID>, node: NodeType) -> ApiResult<Self> {
        let key = id.map(|id| decode_as(id, node)).transpose()?;
        Ok(self.and(key.map(|k| column.eq(k))))
    }

    /// `column` contains `text` ignoring case, when text that is not blank is given.
    pub fn contains(self, column: impl ColumnTrait, text: Option<&str>) -> Self {
        let text = text.filter(|t| !t.trim().is_empty());
        self.and(text.map(|t| contains_ignoring_case(column, t)))
    }
}

impl From<Where> for Condition {
    fn from(filter: Where) -> Condition {
        filter.0
    }
}

/// `column` contains `text`, ignoring case, with LIKE's wildcards in `text` taken literally
/// (SQLite's LIKE ignores ASCII case and PostgreSQL's does not, so both sides are lowered).
pub fn contains_ignoring_case(column: impl ColumnTrait, text: &str) -> SimpleExpr {
    let pattern = format!("%{}%", escape_like(&text.trim().to_lowercase()));
    Expr::expr(Func::lower(column.into_simple_expr())).like(LikeExpr::new(pattern).escape('\\'))
}

/// Escapes LIKE's wildcards so the caller's text matches literally.
fn escape_like(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use entity::service::{Column, Entity};
    use sea_orm::{DbBackend, EntityTrait, QueryFilter, QueryTrait};

    use super::*;

    #[test]
    fn like_wildcards_are_escaped() {
        assert_eq!(super::escape_like("50%_a\\b"), "50\\%\\_a\\\\b");
    }

    /// The WHERE clause of a services query filtered by `filter`, on SQLite (`TRUE` for none).
    fn clause(filter: Where) -> String {
        let sql = Entity::find()
            .filter(filter)
            .build(DbBackend::Sqlite)
            .to_string();
        sql.split_once(" WHERE ")
            .map(|(_, w)| w.to_owned())
            .unwrap_or_default()
    }

    #[test]
    fn parts_left_out_add_nothing() {
        let none: Option<Vec<i32>> = None;
        let filter = Where::all()
            .one_of(Column::Id, none)
            .key(Column::ProviderId, None, NodeType::Organisation)
            .unwrap()
            .contains(Column::Name, None)
            .contains(Column::Name, Some("  "))
            .and(None::<SimpleExpr>);
        assert_eq!(clause(filter), "TRUE");
    }

    #[test]
    fn parts_given_must_all_hold() {
        let provider = NodeType::Organisation.id(7);
        let filter = Where::all()
            .one_of(Column::Id, Some([1, 2]))
            .key(Column::ProviderId, Some(&provider), NodeType::Organisation)
            .unwrap()
            .contains(Column::Name, Some(" Spine "));
        assert_eq!(
            clause(filter),
            r#""services"."id" IN (1, 2) AND "services"."provider_id" = 7 AND LOWER("services"."name") LIKE '%spine%' ESCAPE '\'"#
        );
    }

    #[test]
    fn a_key_of_another_type_is_refused() {
        let service = NodeType::Service.id(7);
        let refused = Where::all().key(Column::ProviderId, Some(&service), NodeType::Organisation);
        assert!(refused.is_err());
    }
}
