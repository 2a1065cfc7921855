//! Bearer tokens: the claims Realise reads, and their verification. The accepted algorithms are
//! pinned by configuration, never taken from the token; `exp`, `nbf`, `iss`, `aud` and `sub` are
//! required and checked (the crate checks only `exp` unless told more).

use async_graphql::Enum;
use jsonwebtoken::{Algorithm, AlgorithmFamily, DecodingKey, Validation, decode, decode_header};
use serde::{Deserialize, Serialize};

/// Clock skew tolerated on `exp` and `nbf`, in seconds: small, as tokens are short-lived.
pub const LEEWAY_SECONDS: u64 = 30;

/// What a caller is to the programme, from the token's `role` claim.
#[derive(
    Enum, Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, clap::ValueEnum,
)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[value(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Role {
    /// Administrators: read and write everything, run imports.
    Admin,
    /// The programme board: defines programmes, benefits and services, agrees commitments.
    ProgrammeBoard,
    /// A trust or commissioner executive: commits their organisation and signs off.
    Executive,
    /// A partner tool: reads the graph, writes nothing.
    Partner,
}

impl Role {
    /// The claim value, e.g. `PROGRAMME_BOARD`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Admin => "ADMIN",
            Self::ProgrammeBoard => "PROGRAMME_BOARD",
            Self::Executive => "EXECUTIVE",
            Self::Partner => "PARTNER",
        }
    }
}

/// The verified caller of a request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Caller {
    /// The token's subject: who, in the identity provider's terms.
    pub subject: String,
    /// Display name, when the token carries one.
    pub name: Option<String>,
    /// Their role.
    pub role: Role,
    /// The ODS code of their organisation (always present for executives).
    pub organisation: Option<String>,
}

/// The claims read from a token; the registered ones are checked by [`Validation`].
#[derive(Deserialize)]
struct TokenClaims {
    sub: String,
    exp: u64,
    #[serde(default)]
    name: Option<String>,
    role: Role,
    #[serde(default)]
    org: Option<String>,
}

/// Why a token was refused. The caller only ever learns "UNAUTHENTICATED"; the reason is logged.
#[derive(Debug, thiserror::Error)]
pub enum TokenError {
    /// No `Authorization: Bearer` header.
    #[error("no bearer token")]
    Missing,
    /// The header or token is not well formed, or names an algorithm not configured.
    #[error("malformed token or algorithm not accepted: {0}")]
    Malformed(String),
    /// Signature, expiry, not-before, issuer, audience or a required claim failed.
    #[error("invalid token: {0}")]
    Invalid(#[from] jsonwebtoken::errors::Error),
    /// Valid, but not usable by Realise (an executive without an organisation, a blank subject).
    #[error("unusable token: {0}")]
    Unusable(&'static str),
}

/// Checks bearer tokens against the configured keys, algorithms, issuer and audience.
pub struct Verifier {
    pub(super) algorithms: Vec<Algorithm>,
    pub(super) secret: Option<DecodingKey>,
    pub(super) public_key: Option<(AlgorithmFamily, DecodingKey)>,
    pub(super) issuer: String,
    pub(super) audience: String,
    /// The longest a token may still be valid for, in seconds.
    pub(super) max_lifetime: u64,
    /// ODS codes of executives' organisations already found in the database.
    pub(super) known_organisations: std::sync::RwLock<std::collections::HashSet<String>>,
}

impl Verifier {
    /// The caller named by the `Authorization` header's value.
    pub fn verify_header(&self, header: Option<&str>) -> Result<Caller, TokenError> {
        let value = header.ok_or(TokenError::Missing)?.trim();
        let token = match value.split_once(' ') {
            Some((scheme, token)) if scheme.eq_ignore_ascii_case("bearer") => token.trim(),
            _ => return Err(TokenError::Malformed("not a bearer token".into())),
        };
        self.verify(token)
    }

    /// The caller a token names, when it is valid.
    pub fn verify(&self, token: &str) -> Result<Caller, TokenError> {
        // `alg: none` and unknown algorithms fail here: the crate has no such algorithm.
        let header = decode_header(token).map_err(|e| TokenError::Malformed(e.to_string()))?;
        if !self.algorithms.contains(&header.alg) {
            return Err(TokenError::Malformed(format!(
                "{:?} is not an accepted algorithm",
                header.alg
            )));
        }
        let key = match header.alg.family() {
            AlgorithmFamily::Hmac => self.secret.as_ref(),
            family => self
                .public_key
                .as_ref()
                .filter(|(f, _)| *f == family)
                .map(|(_, k)| k),
        }
        .ok_or_else(|| TokenError::Malformed(format!("no key for {:?}", header.alg)))?;
        // One algorithm per check: the one the header names, already known to be allowed.
        let mut validation = Validation::new(header.alg);
        validation.set_required_spec_claims(&["exp", "nbf", "iss", "aud", "sub"]);
        validation.validate_exp = true;
        validation.validate_nbf = true;
        validation.validate_aud = true;
        validation.leeway = LEEWAY_SECONDS;
        validation.set_issuer(&[&self.issuer]);
        validation.set_audience(&[&self.audience]);
        let claims = decode::<TokenClaims>(token, key, &validation)?.claims;
        if claims.sub.trim().is_empty() {
            return Err(TokenError::Unusable("blank subject"));
        }
        let now = jsonwebtoken::get_current_timestamp();
        if claims.exp > now + self.max_lifetime + LEEWAY_SECONDS {
            return Err(TokenError::Unusable(
                "it expires further ahead than the longest token lifetime allowed",
            ));
        }
        let organisation = claims
            .org
            .map(|o| o.trim().to_uppercase())
            .filter(|o| !o.is_empty());
        if claims.role == Role::Executive && organisation.is_none() {
            return Err(TokenError::Unusable("an EXECUTIVE token must carry `org`"));
        }
        Ok(Caller {
            subject: claims.sub,
            name: claims.name,
            role: claims.role,
            organisation,
        })
    }
}

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

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::auth::config::AuthArgs;
    use crate::auth::mint::{TokenArgs, mint};

    fn args() -> AuthArgs {
        AuthArgs {
            jwt_secret: Some("unit-test-secret-unit-test-secret".into()),
            ..AuthArgs::default()
        }
    }

    fn token(role: Role, org: Option<&str>) -> String {
        mint(
            &args(),
            &TokenArgs {
                role,
                org: org.map(str::to_owned),
                ..TokenArgs::default()
            },
        )
        .unwrap()
    }

    #[test]
    fn a_minted_token_verifies() {
        let (verifier, _) = args().verifier().unwrap();
        let caller = verifier
            .verify_header(Some(&format!(
                "Bearer {}",
                token(Role::Executive, Some("rr8"))
            )))
            .unwrap();
        assert_eq!(caller.role, Role::Executive);
        assert_eq!(caller.organisation.as_deref(), Some("RR8"));
    }

    #[test]
    fn refuses_what_is_not_a_usable_bearer_token() {
        let (verifier, _) = args().verifier().unwrap();
        assert!(matches!(
            verifier.verify_header(None),
            Err(TokenError::Missing)
        ));
        assert!(verifier.verify_header(Some("Basic abc")).is_err());
        assert!(verifier.verify("not.a.token").is_err());
        assert!(verifier.verify(&token(Role::Partner, None)).is_ok());
    }
}
