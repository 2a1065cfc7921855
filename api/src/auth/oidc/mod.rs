//! Trusting identity providers by their issuer (OpenID Connect): each provider's signing keys
//! come from its discovery document and JWKS (`keys`), and its tokens' claims become a
//! Realise caller through a configurable mapping (this module).
//!
//! The providers are configured in a JSON file (`REALISE_OIDC_PROVIDERS`), for example:
//!
//! ```json
//! { "providers": [ {
//!     "issuer": "https://login.example.nhs.uk/realms/nhs",
//!     "audience": "realise",
//!     "roleClaim": "realm_access.roles",
//!     "roles": { "benefits-board": "PROGRAMME_BOARD", "trust-executive": "EXECUTIVE" },
//!     "organisationClaim": "ods_code"
//! } ] }
//! ```

mod client;
mod keys;

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, ensure};
use jsonwebtoken::{Algorithm, Header, Validation, decode};
use serde::Deserialize;
use serde_json::Value;

use super::token::{Caller, LEEWAY_SECONDS, Role, TokenError};
pub use keys::KeyCache;

/// How often each provider's keys are fetched again, whether or not a new `kid` has appeared.
pub const REFRESH_EVERY: Duration = Duration::from_secs(15 * 60);

/// The providers file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProvidersFile {
    /// Every trusted provider.
    pub providers: Vec<ProviderSettings>,
}

/// One trusted identity provider and how its claims map onto a Realise caller.
#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ProviderSettings {
    /// The `iss` of its tokens; its discovery document is at
    /// `{issuer}/.well-known/openid-configuration`.
    pub issuer: String,
    /// The `aud` its tokens must carry for Realise.
    pub audience: String,
    /// The claim holding the role (a string or a list of strings); a dotted path reads a
    /// nested claim (`realm_access.roles`). Default `role`.
    #[serde(default = "default_role_claim")]
    pub role_claim: String,
    /// The provider's role values and the Realise role each means. Empty: the values are
    /// Realise's own (`ADMIN`, `PROGRAMME_BOARD`, `EXECUTIVE`, `PARTNER`).
    #[serde(default)]
    pub roles: HashMap<String, Role>,
    /// The claim holding the organisation's ODS code. Default `org`.
    #[serde(default = "default_organisation_claim")]
    pub organisation_claim: String,
    /// The claim holding the person's name. Default `name`.
    #[serde(default = "default_name_claim")]
    pub name_claim: String,
    /// The signing algorithms accepted from it. Default RS256 and ES256.
    #[serde(default = "default_algorithms")]
    pub algorithms: Vec<Algorithm>,
    /// What the sign-in page calls it ("Sign in with NHS Care Identity"). Default: the issuer.
    #[serde(default)]
    pub name: Option<String>,
    /// The front end's client id at this provider (a public client using the authorisation
    /// code flow with PKCE). Without one, the provider's tokens are accepted from API callers
    /// but the sign-in page does not offer it.
    #[serde(default)]
    pub client_id: Option<String>,
    /// The scopes the front end asks for. Default `openid profile`.
    #[serde(default = "default_scope")]
    pub scope: String,
    /// The shortest time, in seconds, between two fetches of its keys for a `kid` not yet
    /// seen, so that tokens with made-up `kid`s cannot make Realise hammer it. Default 10.
    #[serde(default = "default_min_refetch_seconds")]
    pub min_refetch_seconds: u64,
}

fn default_scope() -> String {
    "openid profile".into()
}

fn default_min_refetch_seconds() -> u64 {
    10
}

fn default_role_claim() -> String {
    "role".into()
}
fn default_organisation_claim() -> String {
    "org".into()
}
fn default_name_claim() -> String {
    "name".into()
}
fn default_algorithms() -> Vec<Algorithm> {
    vec![Algorithm::RS256, Algorithm::ES256]
}

/// Reads and checks the providers file.
pub fn read_providers(path: &std::path::Path) -> anyhow::Result<Vec<Arc<Provider>>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let file: ProvidersFile = serde_json::from_str(&text)
        .with_context(|| format!("{} is not a providers file", path.display()))?;
    file.providers.into_iter().map(Provider::new).collect()
}

/// A trusted provider: its settings and its keys.
#[derive(Debug)]
pub struct Provider {
    /// How it is trusted.
    pub settings: ProviderSettings,
    /// Its signing keys.
    pub keys: KeyCache,
}

impl Provider {
    /// The provider `settings` describe; its keys are fetched when first needed.
    pub fn new(settings: ProviderSettings) -> anyhow::Result<Arc<Self>> {
        let issuer = settings.issuer.trim_end_matches('/');
        ensure!(
            issuer.starts_with("https://") || is_local(issuer),
            "the issuer {issuer} must be https (plain http only on this machine, for testing)"
        );
        ensure!(
            !settings.audience.trim().is_empty(),
            "the provider {issuer} needs an audience"
        );
        ensure!(
            !settings.algorithms.is_empty()
                && settings
                    .algorithms
                    .iter()
                    .all(|a| !matches!(a, Algorithm::HS256 | Algorithm::HS384 | Algorithm::HS512)),
            "the provider {issuer} must sign with public keys (RS*, PS*, ES* or EdDSA)"
        );
        Ok(Arc::new(Self {
            keys: KeyCache::new(issuer, Duration::from_secs(settings.min_refetch_seconds)),
            settings,
        }))
    }

    /// The caller a token of this provider names, when it is valid.
    pub async fn verify(
        &self,
        token: &str,
        header: &Header,
        max_lifetime: u64,
    ) -> Result<Caller, TokenError> {
        if !self.settings.algorithms.contains(&header.alg) {
            return Err(TokenError::Malformed(format!(
                "{:?} is not accepted from {}",
                header.alg, self.settings.issuer
            )));
        }
        let kid = header
            .kid
            .as_deref()
            .ok_or_else(|| TokenError::Malformed("no `kid` in the token's header".into()))?;
        let key = self.keys.key(kid).await?;
        let mut validation = Validation::new(header.alg);
        validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        validation.validate_nbf = true;
        validation.leeway = LEEWAY_SECONDS;
        validation.set_issuer(&[&self.settings.issuer]);
        validation.set_audience(&[&self.settings.audience]);
        let claims = decode::<Value>(token, &key, &validation)?.claims;
        let exp = claims["exp"].as_u64().unwrap_or(0);
        if exp > jsonwebtoken::get_current_timestamp() + max_lifetime + LEEWAY_SECONDS {
            return Err(TokenError::Unusable(
                "it expires further ahead than the longest token lifetime allowed",
            ));
        }
        self.caller_of(&claims)
    }

    /// The claims as a caller, through the configured mapping.
    pub fn caller_of(&self, claims: &Value) -> Result<Caller, TokenError> {
        let s = &self.settings;
        let subject = claims["sub"].as_str().map(str::trim).unwrap_or_default();
        if subject.is_empty() {
            return Err(TokenError::Unusable("blank subject"));
        }
        let role = strings(claim(claims, &s.role_claim))
            .into_iter()
            .find_map(|value| {
                if s.roles.is_empty() {
                    serde_json::from_value::<Role>(Value::String(value.to_owned())).ok()
                } else {
                    s.roles.get(value).copied()
                }
            });
        let name = claim(claims, &s.name_claim)
            .and_then(Value::as_str)
            .map(str::to_owned);
        let Some(role) = role else {
            return Err(TokenError::NoRole {
                subject: subject.to_owned(),
                name,
            });
        };
        let organisation = claim(claims, &s.organisation_claim)
            .and_then(Value::as_str)
            .map(|o| o.trim().to_uppercase())
            .filter(|o| !o.is_empty());
        if role == Role::Executive && organisation.is_none() {
            return Err(TokenError::Unusable(
                "an executive's token must name their organisation",
            ));
        }
        let email = claims["email"]
            .as_str()
            .map(|e| e.trim().to_lowercase())
            .filter(|e| e.contains('@'));
        Ok(Caller {
            issuer: s.issuer.clone(),
            subject: subject.to_owned(),
            email,
            name,
            role,
            organisation,
        })
    }
}

/// How the front end signs in through a provider.
#[derive(Debug, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BrowserSignIn {
    /// What to call it.
    pub name: String,
    /// Its issuer (the OpenID Connect authority).
    pub issuer: String,
    /// The front end's client id there.
    pub client_id: String,
    /// The scopes to ask for.
    pub scope: String,
    /// The audience Realise requires, asked for as the `resource` (RFC 8707).
    pub audience: String,
}

impl Provider {
    /// How the front end signs in through this provider, when it may.
    pub fn browser_sign_in(&self) -> Option<BrowserSignIn> {
        let s = &self.settings;
        Some(BrowserSignIn {
            name: s.name.clone().unwrap_or_else(|| s.issuer.clone()),
            issuer: s.issuer.clone(),
            client_id: s.client_id.clone()?,
            scope: s.scope.clone(),
            audience: s.audience.clone(),
        })
    }
}

/// The claim at a dotted path.
fn claim<'a>(claims: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(claims, |v, part| v.get(part))
}

/// A claim's string values: itself when a string, its strings when a list.
fn strings(value: Option<&Value>) -> Vec<&str> {
    match value {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(items)) => items.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

/// Whether a URL names this machine (plain http is allowed there, for tests and local runs).
fn is_local(url: &str) -> bool {
    ["http://127.0.0.1", "http://localhost", "http://[::1]"]
        .iter()
        .any(|local| {
            url.strip_prefix(local)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([':', '/']))
        })
}

#[cfg(test)]
mod tests;
