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
    /// The token's issuer: Realise itself, or a trusted identity provider.
    pub issuer: String,
    /// The token's subject: who, in the identity provider's terms.
    pub subject: String,
    /// Their email address, when a provider's token carries one (to propose linking them to
    /// the person with that address).
    pub email: Option<String>,
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
    /// A valid token of a trusted provider for someone who has no role in Realise: they are
    /// told so (a 403, not a 401: signing in again would not help).
    #[error("{subject} has no role in Realise")]
    NoRole {
        /// Who they are to the provider.
        subject: String,
        /// Their name, when the token carries one.
        name: Option<String>,
    },
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
    /// Identity providers trusted by issuer, each with its own keys and claim mapping.
    pub(super) providers: Vec<std::sync::Arc<super::oidc::Provider>>,
    /// Identities already seen signing in since start (issuer, subject).
    pub(super) seen_identities: std::sync::RwLock<std::collections::HashSet<(String, String)>>,
    /// Tokens verified already, until they expire.
    pub(super) verified: verified::VerifiedTokens,
}

/// The one claim read after a token is verified: when it expires.
#[derive(Deserialize)]
struct Expiry {
    exp: u64,
}

/// The one claim read before a token is verified: which issuer to verify it against.
#[derive(Deserialize)]
struct Issuer {
    #[serde(default)]
    iss: Option<String>,
}

/// When a token expires, in seconds since the epoch: read only of a token already verified (a
/// live connection closes then).
pub fn expires_at(token: &str) -> Option<u64> {
    jsonwebtoken::dangerous::insecure_decode_claims::<Expiry>(token)
        .ok()
        .map(|claims| claims.exp)
}

impl Verifier {
    /// The caller named by the `Authorization` header's value.
    pub async fn verify_header(&self, header: Option<&str>) -> Result<Caller, TokenError> {
        let value = header.ok_or(TokenError::Missing)?.trim();
        let token = match value.split_once(' ') {
            Some((scheme, token)) if scheme.eq_ignore_ascii_case("bearer") => token.trim(),
            _ => return Err(TokenError::Malformed("not a bearer token".into())),
        };
        self.verify(token).await
    }

    /// The caller a token names, when it is valid: a trusted provider's token against that
    /// provider's keys (chosen by the token's `iss`, then checked again by the signature), any
    /// other against the configured secret or key.
    pub async fn verify(&self, token: &str) -> Result<Caller, TokenError> {
        let now = jsonwebtoken::get_current_timestamp();
        if let Some(caller) = self.verified.get(token, now) {
            return Ok(caller);
        }
        let caller = self.verify_uncached(token).await?;
        // Its `exp` was checked by the verification; remembered only until then.
        if let Ok(claims) = jsonwebtoken::dangerous::insecure_decode_claims::<Expiry>(token) {
            self.verified.put(token, &caller, claims.exp);
        }
        Ok(caller)
    }

    async fn verify_uncached(&self, token: &str) -> Result<Caller, TokenError> {
        // `alg: none` and unknown algorithms fail here: the crate has no such algorithm.
        let header = decode_header(token).map_err(|e| TokenError::Malformed(e.to_string()))?;
        let issuer = jsonwebtoken::dangerous::insecure_decode_claims::<Issuer>(token)
            .ok()
            .and_then(|claims| claims.iss);
        if let Some(provider) = self
            .providers
            .iter()
            .find(|p| issuer.as_deref() == Some(p.settings.issuer.as_str()))
        {
            return provider.verify(token, &header, self.max_lifetime).await;
        }
        self.verify_own(token, &header)
    }

    /// Whether this is the first request of `caller`'s identity since the server started (when
    /// a person may be proposed as theirs, by email).
    pub fn first_seen(&self, caller: &Caller) -> bool {
        let key = (caller.issuer.clone(), caller.subject.clone());
        if self
            .seen_identities
            .read()
            .is_ok_and(|seen| seen.contains(&key))
        {
            return false;
        }
        self.seen_identities
            .write()
            .map(|mut seen| seen.insert(key))
            .unwrap_or(false)
    }

    /// The providers the front end may sign in through.
    pub fn browser_sign_ins(&self) -> Vec<super::oidc::BrowserSignIn> {
        self.providers
            .iter()
            .filter_map(|p| p.browser_sign_in())
            .collect()
    }

    /// Refreshes every provider's keys on a schedule, for as long as the server runs. A
    /// provider that cannot be reached keeps the keys it had.
    pub async fn keep_keys_fresh(self: std::sync::Arc<Self>) {
        if self.providers.is_empty() {
            return;
        }
        let mut every = tokio::time::interval(super::oidc::REFRESH_EVERY);
        loop {
            every.tick().await;
            for provider in &self.providers {
                if let Err(e) = provider.keys.refresh().await {
                    tracing::warn!(issuer = %provider.settings.issuer, error = %e, "the provider's keys could not be refreshed");
                }
            }
        }
    }

    /// A token signed with the configured secret or public key.
    fn verify_own(&self, token: &str, header: &jsonwebtoken::Header) -> Result<Caller, TokenError> {
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
            issuer: self.issuer.clone(),
            subject: claims.sub,
            email: None,
            name: claims.name,
            role: claims.role,
            organisation,
        })
    }
}

mod known;
#[cfg(test)]
mod tests;
mod verified;
