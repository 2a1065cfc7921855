//! Counters that writes bump by trigger (`data_version`'s rows), shared by the migrations that
//! create them: on PostgreSQL a deferred constraint trigger per table, bumping once per
//! transaction (a transaction-local setting remembers it did) and only as it commits; on
//! SQLite, where one writer runs at a time, a plain trigger per table and event.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

/// One counter: its row in `data_version`, and the name its function and triggers carry.
pub struct Counter {
    /// The row of `data_version`.
    pub row: i32,
    /// `data_version` or `graph_version`: the triggers are `<name>_<table>[_<event>]`, the
    /// PostgreSQL function `bump_<name>()`.
    pub name: &'static str,
}

impl Counter {
    /// Creates the triggers that bump the counter on every write to `tables`.
    pub async fn track(
        &self,
        db: &SchemaManagerConnection<'_>,
        backend: DbBackend,
        tables: &[&str],
    ) -> Result<(), DbErr> {
        let Counter { row, name } = self;
        match backend {
            DbBackend::Postgres => {
                db.execute_unprepared(&format!(
                    r#"
CREATE FUNCTION bump_{name}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('realise.{name}_bumped', true) IS DISTINCT FROM txid_current()::text THEN
        UPDATE data_version SET version = version + 1 WHERE id = {row};
        PERFORM set_config('realise.{name}_bumped', txid_current()::text, true);
    END IF;
    RETURN NULL;
END
$$"#
                ))
                .await?;
                for table in tables {
                    db.execute_unprepared(&format!(
                        "CREATE CONSTRAINT TRIGGER {name}_{table} \
                         AFTER INSERT OR UPDATE OR DELETE ON {table} \
                         DEFERRABLE INITIALLY DEFERRED FOR EACH ROW \
                         EXECUTE FUNCTION bump_{name}()"
                    ))
                    .await?;
                }
            }
            _ => {
                for table in tables {
                    for event in ["INSERT", "UPDATE", "DELETE"] {
                        db.execute_unprepared(&format!(
                            "CREATE TRIGGER {name}_{table}_{} AFTER {event} ON {table} \
                             BEGIN UPDATE data_version SET version = version + 1 WHERE id = {row}; END",
                            event.to_lowercase()
                        ))
                        .await?;
                    }
                }
            }
        }
        Ok(())
    }

    /// Drops what [`Self::track`] created.
    pub async fn untrack(
        &self,
        db: &SchemaManagerConnection<'_>,
        backend: DbBackend,
        tables: &[&str],
    ) -> Result<(), DbErr> {
        let name = self.name;
        for table in tables {
            match backend {
                DbBackend::Postgres => {
                    db.execute_unprepared(&format!(
                        "DROP TRIGGER IF EXISTS {name}_{table} ON {table}"
                    ))
                    .await?;
                }
                _ => {
                    for event in ["insert", "update", "delete"] {
                        db.execute_unprepared(&format!(
                            "DROP TRIGGER IF EXISTS {name}_{table}_{event}"
                        ))
                        .await?;
                    }
                }
            }
        }
        if backend == DbBackend::Postgres {
            db.execute_unprepared(&format!("DROP FUNCTION IF EXISTS bump_{name}()"))
                .await?;
        }
        Ok(())
    }
}
