//! The migrations of Realise, in order. The same migrations run, up and down, on SQLite (the
//! embedded default) and PostgreSQL (production).

pub use sea_orm_migration::prelude::*;

mod m20261121_000001_create_organisations;
mod m20261121_000002_create_programmes;
mod m20261121_000003_create_services;
mod m20261121_000004_create_commitments;
mod m20261121_000005_create_audit_events;
mod m20261121_000006_index_organisations_by_kind_and_name;
mod m20261122_000001_track_data_version;
mod m20261122_000002_index_relationships_by_end_and_kind;
mod m20261201_000001_link_people_to_identities;
mod m20261201_000002_track_graph_version;
mod m20261201_000003_add_benefit_measure_kind;
mod m20261201_000004_add_relationship_share;
mod m20261201_000005_record_commitment_history;
mod m20261201_000006_add_organisation_last_seen;
mod m20261202_000001_announce_audit_events;
mod m20261203_000001_index_commitments_in_page_order;
mod m20261203_000002_index_relationships_by_end;
mod m20261204_000001_index_audit_events_in_trail_order;
mod m20261205_000001_index_organisations_in_list_order;
mod m20261205_000002_index_relationships_by_target_end;
mod version_triggers;

/// A timestamp column that defaults to now (`created_at`, `updated_at`, `recorded_at`), so
/// bulk loads and triggers need not set it.
pub(crate) fn stamp<T: IntoIden>(name: T) -> ColumnDef {
    sea_orm_migration::schema::timestamp_with_time_zone(name)
        .default(Expr::current_timestamp())
        .to_owned()
}

/// Creates the index `name` on `columns` of `table`: the plain index every foreign key and
/// filtered column has.
pub(crate) async fn index<T, C>(
    manager: &SchemaManager<'_>,
    name: &str,
    table: T,
    columns: impl IntoIterator<Item = C>,
) -> Result<(), DbErr>
where
    T: IntoTableRef,
    C: IntoIndexColumn,
{
    let mut index = Index::create();
    index.name(name).table(table);
    for column in columns {
        index.col(column);
    }
    manager.create_index(index.to_owned()).await
}

/// Drops the index `name` of `table`: an index a wider one replaces.
pub(crate) async fn drop_index<T: IntoTableRef>(
    manager: &SchemaManager<'_>,
    name: &str,
    table: T,
) -> Result<(), DbErr> {
    let index = Index::drop().name(name).table(table).to_owned();
    manager.drop_index(index).await
}

/// Runs `statements` in order on PostgreSQL, and nothing on SQLite: for what only PostgreSQL
/// has or needs (notifications, expression indexes the SQLite reads do not use).
pub(crate) async fn on_postgres(
    manager: &SchemaManager<'_>,
    statements: &[&str],
) -> Result<(), DbErr> {
    if manager.get_database_backend() != sea_orm_migration::sea_orm::DbBackend::Postgres {
        return Ok(());
    }
    let db = manager.get_connection();
    for statement in statements {
        db.execute_unprepared(statement).await?;
    }
    Ok(())
}

/// Runs every migration in order.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261121_000001_create_organisations::Migration),
            Box::new(m20261121_000002_create_programmes::Migration),
            Box::new(m20261121_000003_create_services::Migration),
            Box::new(m20261121_000004_create_commitments::Migration),
            Box::new(m20261121_000005_create_audit_events::Migration),
            Box::new(m20261121_000006_index_organisations_by_kind_and_name::Migration),
            Box::new(m20261122_000001_track_data_version::Migration),
            Box::new(m20261122_000002_index_relationships_by_end_and_kind::Migration),
            Box::new(m20261201_000001_link_people_to_identities::Migration),
            Box::new(m20261201_000002_track_graph_version::Migration),
            Box::new(m20261201_000003_add_benefit_measure_kind::Migration),
            Box::new(m20261201_000004_add_relationship_share::Migration),
            Box::new(m20261201_000005_record_commitment_history::Migration),
            Box::new(m20261201_000006_add_organisation_last_seen::Migration),
            Box::new(m20261202_000001_announce_audit_events::Migration),
            Box::new(m20261203_000001_index_commitments_in_page_order::Migration),
            Box::new(m20261203_000002_index_relationships_by_end::Migration),
            Box::new(m20261204_000001_index_audit_events_in_trail_order::Migration),
            Box::new(m20261205_000001_index_organisations_in_list_order::Migration),
            Box::new(m20261205_000002_index_relationships_by_target_end::Migration),
        ]
    }
}
