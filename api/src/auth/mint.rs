//! Minting HS256 tokens with the configured secret: `realise token`, and the development
//! sign-in link.

use anyhow::{Context, ensure};
use jsonwebtoken::{Algorithm, EncodingKey, Header, encode};
use serde::Serialize;

use super::config::{AuthArgs, DevSecret};
use super::token::Role;

/// What `realise token` puts in a token.
#[derive(clap::Args, Clone, Debug)]
pub struct TokenArgs {
    /// The role.
    #[arg(long, ignore_case = true)]
    pub role: Role,
    /// The caller's organisation (ODS code); required for EXECUTIVE.
    #[arg(long)]
    pub org: Option<String>,
    /// The subject (default: `dev-` and the role).
    #[arg(long)]
    pub sub: Option<String>,
    /// Display name.
    #[arg(long)]
    pub name: Option<String>,
    /// How long the token lasts: `90s`, `30m`, `1h`, `7d`.
    #[arg(long, default_value = "1h", value_parser = parse_ttl)]
    pub ttl: u64,
}

impl Default for TokenArgs {
    fn default() -> Self {
        Self {
            role: Role::Admin,
            org: None,
            sub: None,
            name: None,
            ttl: 3600,
        }
    }
}

/// Seconds in a `90s`/`30m`/`1h`/`7d` duration.
pub(crate) fn parse_ttl(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let (number, unit) = text.split_at(
        text.find(|c: char| !c.is_ascii_digit())
            .unwrap_or(text.len()),
    );
    let n: u64 = number
        .parse()
        .map_err(|_| format!("{text:?} is not a duration like 30m or 1h"))?;
    let scale = match unit {
        "" | "s" => 1,
        "m" => 60,
        "h" => 3600,
        "d" => 86_400,
        _ => return Err(format!("{text:?}: use s, m, h or d")),
    };
    n.checked_mul(scale)
        .filter(|s| (1..=366 * 86_400).contains(s))
        .ok_or_else(|| format!("{text:?} must be between 1s and 366d"))
}

/// The claims of a minted token.
#[derive(Serialize)]
struct MintedClaims<'a> {
    sub: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    role: Role,
    #[serde(skip_serializing_if = "Option::is_none")]
    org: Option<String>,
    iss: &'a str,
    aud: &'a str,
    iat: u64,
    nbf: u64,
    exp: u64,
}

/// Mints an HS256 token with the configured secret (what `realise token` prints).
pub fn mint(auth: &AuthArgs, token: &TokenArgs) -> anyhow::Result<String> {
    let secret = auth
        .jwt_secret
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .context("minting needs the server's secret: set REALISE_JWT_SECRET")?;
    mint_with(auth, secret, token)
}

/// Mints an HS256 token with `secret`.
pub(super) fn mint_with(
    auth: &AuthArgs,
    secret: &str,
    token: &TokenArgs,
) -> anyhow::Result<String> {
    ensure!(
        token.role != Role::Executive || token.org.is_some(),
        "an EXECUTIVE token needs --org CODE"
    );
    let now = jsonwebtoken::get_current_timestamp();
    let claims = MintedClaims {
        sub: token
            .sub
            .clone()
            .unwrap_or_else(|| format!("dev-{}", token.role.as_str().to_lowercase())),
        name: token.name.as_deref(),
        role: token.role,
        org: token.org.as_ref().map(|o| o.trim().to_uppercase()),
        iss: &auth.jwt_issuer,
        aud: &auth.jwt_audience,
        iat: now,
        nbf: now,
        exp: now + token.ttl,
    };
    encode(
        &Header::new(Algorithm::HS256),
        &claims,
        &EncodingKey::from_secret(secret.as_bytes()),
    )
    .context("signing the token")
}

impl DevSecret {
    /// An administrator's token for the development sign-in link, valid for the longest lifetime
    /// allowed.
    pub fn admin_token(&self, auth: &AuthArgs) -> anyhow::Result<String> {
        mint_with(
            auth,
            &self.0,
            &TokenArgs {
                role: Role::Admin,
                sub: Some("dev-admin".into()),
                name: Some("Development administrator".into()),
                ttl: auth.jwt_max_lifetime,
                ..TokenArgs::default()
            },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ttl_takes_units() {
        assert_eq!(parse_ttl("90s"), Ok(90));
        assert_eq!(parse_ttl("30m"), Ok(1800));
        assert_eq!(parse_ttl("1h"), Ok(3600));
        assert_eq!(parse_ttl("7d"), Ok(604_800));
        assert!(parse_ttl("0s").is_err());
        assert!(parse_ttl("1y").is_err());
        assert!(parse_ttl("h").is_err());
    }
}
