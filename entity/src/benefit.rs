//! The `benefits` table: a benefit profile: what a programme promises, with its measure.

use crate::enums::{
    BenefitCategory, BenefitStatus, Direction, MeasureKind, Reach, Rollup, ValueType,
};
use sea_orm::entity::prelude::*;

/// A benefit profile: what a programme promises, with its measure.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "benefits")]
pub struct Model {
    /// Surrogate key (never exposed: the API uses global ids).
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The programme that promises it.
    pub programme_id: i32,
    /// Short code, unique within the programme.
    pub code: String,
    /// Title.
    pub title: String,
    /// Description.
    #[sea_orm(column_type = "Text", nullable)]
    pub description: Option<String>,
    /// Category.
    pub category: BenefitCategory,
    /// True for a disbenefit (a foreseen downside).
    pub is_disbenefit: bool,
    /// The KPI's name.
    pub measure: String,
    /// Unit of the measure (GBP, %, minutes, count).
    pub unit: String,
    /// Which way is improvement.
    pub direction: Direction,
    /// How local figures add up.
    pub rollup: Rollup,
    /// Whether the measure is a running total or a value per period.
    pub measure_kind: MeasureKind,
    /// Value-profile column.
    pub value_type: ValueType,
    /// Value-profile row.
    pub reach: Reach,
    /// The national owner (a person).
    pub national_owner_id: Option<i32>,
    /// Where it is in its life.
    pub status: BenefitStatus,
    /// When the row was created.
    pub created_at: DateTimeUtc,
    /// When the row was last changed.
    pub updated_at: DateTimeUtc,
}

/// Relations are loaded by the API's DataLoaders with explicit queries; the foreign keys
/// themselves live in the migrations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

crate::timestamped!();
