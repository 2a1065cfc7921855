//! Which organisations a token may name: an executive's ODS code must be one Realise knows,
//! and the codes found are remembered, so the check costs a statement once per code.

use super::Verifier;

impl Verifier {
    /// Whether an executive's organisation (an ODS code) is one Realise knows: a token naming
    /// an organisation that does not exist acts for nobody. Found codes are remembered.
    pub async fn organisation_known(
        &self,
        db: &sea_orm::DatabaseConnection,
        code: &str,
    ) -> Result<bool, sea_orm::DbErr> {
        if self
            .known_organisations
            .read()
            .is_ok_and(|known| known.contains(code))
        {
            return Ok(true);
        }
        let found = crate::organisations::ods_code_exists(db, code).await?;
        if found && let Ok(mut known) = self.known_organisations.write() {
            known.insert(code.to_owned());
        }
        Ok(found)
    }
}
