//! Every PART_OF and COMMISSIONED_BY fitted inside the lives of both its organisations: it
//! starts no earlier than either opened and ends no later than either closed, and one left
//! with no time at all is removed. So no organisation is ever PART_OF, or COMMISSIONED_BY, one
//! that did not exist on that day.

use anyhow::Context;
use sea_orm::{ConnectionTrait, DatabaseTransaction};

/// The relationships fitted: the hierarchy and commissioning, not lineage (a successor starts
/// the day after its predecessor closed, by definition).
const FITTED: &str = "kind IN ('PART_OF', 'COMMISSIONED_BY')";

/// Fits the relationships, in four statements and a delete.
pub(super) async fn fit(txn: &DatabaseTransaction) -> anyhow::Result<()> {
    for end in ["from_organisation_id", "to_organisation_id"] {
        let org = format!("SELECT o.{{col}} FROM organisations o WHERE o.id = r.{end}");
        let starts = org.replace("{col}", "opened_on");
        let ends = org.replace("{col}", "closed_on");
        let sql = [
            format!(
                "UPDATE organisation_relationships AS r SET valid_from = ({starts}) \
                 WHERE {FITTED} AND ({starts}) IS NOT NULL \
                 AND (r.valid_from IS NULL OR r.valid_from < ({starts}))"
            ),
            format!(
                "UPDATE organisation_relationships AS r SET valid_to = ({ends}) \
                 WHERE {FITTED} AND ({ends}) IS NOT NULL \
                 AND (r.valid_to IS NULL OR r.valid_to > ({ends}))"
            ),
        ];
        for statement in sql {
            txn.execute_unprepared(&statement)
                .await
                .with_context(|| format!("fitting relationships to their {end}"))?;
        }
    }
    txn.execute_unprepared(&format!(
        "DELETE FROM organisation_relationships WHERE {FITTED} \
         AND valid_from IS NOT NULL AND valid_to IS NOT NULL AND valid_to <= valid_from"
    ))
    .await
    .context("removing relationships with no time left")?;
    Ok(())
}
