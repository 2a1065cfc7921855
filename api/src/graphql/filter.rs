//! Pieces shared by the filter inputs of top-level lists.

use sea_orm::sea_query::{Expr, ExprTrait, Func, LikeExpr, SimpleExpr};
use sea_orm::{ColumnTrait, IntoSimpleExpr};

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
mod tests {
    #[test]
    fn like_wildcards_are_escaped() {
        assert_eq!(super::escape_like("50%_a\\b"), "50\\%\\_a\\\\b");
    }
}
