//! The enumerations of the graph. Each is stored as its SCREAMING_SNAKE_CASE name in a short
//! string column (readable in SQL, and the same on SQLite and PostgreSQL) and, with the
//! `graphql` feature, is the GraphQL enum of the same name: the doc comments are its
//! descriptions.

mod benefits;
mod commitments;
mod organisations;
mod services;
mod stakeholders;

pub use benefits::*;
pub use commitments::*;
pub use organisations::*;
pub use services::*;
pub use stakeholders::*;

/// Declares a string-backed database enum that can also be a GraphQL enum.
macro_rules! db_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            sea_orm::EnumIter, sea_orm::DeriveActiveEnum, serde::Serialize, serde::Deserialize,
        )]
        #[cfg_attr(feature = "graphql", derive(async_graphql::Enum))]
        #[sea_orm(
            rs_type = "String",
            db_type = "String(sea_orm::sea_query::StringLen::N(40))",
            rename_all = "SCREAMING_SNAKE_CASE"
        )]
        #[serde(rename_all = "SCREAMING_SNAKE_CASE")]
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }
    };
}
pub(crate) use db_enum;
