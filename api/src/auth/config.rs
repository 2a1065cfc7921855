//! Token configuration (flags and environment), and building the [`Verifier`] from it. No secret has a default: outside development mode the server refuses to
//! start without a secret or a public key; in development mode it makes a secret per start.

use std::path::PathBuf;
use std::str::FromStr;

use anyhow::{Context, bail, ensure};
use jsonwebtoken::{Algorithm, AlgorithmFamily, DecodingKey};

use super::token::Verifier;

/// The shortest HMAC secret accepted: 256 bits, as RFC 7518 asks of HS256 keys.
const MIN_SECRET_LEN: usize = 32;

/// How bearer tokens are checked; shared by `serve` and `token`.
#[derive(clap::Args, Clone)]
pub struct AuthArgs {
    /// Development mode: without a configured key, a token secret is made at start and an
    /// administrator's sign-in link is printed. Never use it in production.
    #[arg(long = "dev", env = "REALISE_DEV")]
    pub dev: bool,
    /// Shared secret for HS256 tokens (at least 32 characters).
    #[arg(long, env = "REALISE_JWT_SECRET", hide_env_values = true)]
    pub jwt_secret: Option<String>,
    /// PEM file of the identity provider's public key (RSA or EC) for RS256/ES256 tokens.
    #[arg(long, env = "REALISE_JWT_PUBLIC_KEY_FILE")]
    pub jwt_public_key_file: Option<PathBuf>,
    /// The accepted algorithms, comma-separated (e.g. `RS256`). Default: HS256 with a secret,
    /// RS256 or ES256 with an RSA or EC public key.
    #[arg(long, env = "REALISE_JWT_ALGORITHMS", value_delimiter = ',')]
    pub jwt_algorithms: Vec<String>,
    /// The required `iss` claim.
    #[arg(long, env = "REALISE_JWT_ISSUER", default_value = "realise")]
    pub jwt_issuer: String,
    /// The required `aud` claim.
    #[arg(long, env = "REALISE_JWT_AUDIENCE", default_value = "realise")]
    pub jwt_audience: String,
    /// A JSON file of trusted OpenID Connect providers: each one's issuer, audience and claim
    /// mapping (see the README). Their keys come from their discovery documents.
    #[arg(long, env = "REALISE_OIDC_PROVIDERS")]
    pub oidc_providers: Option<PathBuf>,
    /// The longest a token may be valid for from now (`90s`, `30m`, `12h`, `7d`): a token whose
    /// `exp` lies further ahead is refused.
    #[arg(long, env = "REALISE_JWT_MAX_LIFETIME", default_value = "12h", value_parser = super::mint::parse_ttl)]
    pub jwt_max_lifetime: u64,
}

impl Default for AuthArgs {
    fn default() -> Self {
        Self {
            dev: false,
            jwt_secret: None,
            jwt_public_key_file: None,
            jwt_algorithms: Vec::new(),
            jwt_issuer: "realise".into(),
            jwt_audience: "realise".into(),
            jwt_max_lifetime: DEFAULT_MAX_LIFETIME_SECONDS,
            oidc_providers: None,
        }
    }
}

impl std::fmt::Debug for AuthArgs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AuthArgs")
            .field("dev", &self.dev)
            .field("jwt_secret", &self.jwt_secret.as_ref().map(|_| "***"))
            .field("jwt_public_key_file", &self.jwt_public_key_file)
            .field("jwt_algorithms", &self.jwt_algorithms)
            .field("jwt_issuer", &self.jwt_issuer)
            .field("jwt_audience", &self.jwt_audience)
            .field("jwt_max_lifetime", &self.jwt_max_lifetime)
            .field("oidc_providers", &self.oidc_providers)
            .finish()
    }
}

/// The default longest token lifetime: 12 hours, a working day with room to spare.
pub const DEFAULT_MAX_LIFETIME_SECONDS: u64 = 12 * 3600;

/// In development mode, the HMAC secret to mint the printed sign-in link with.
pub struct DevSecret(pub String);

impl AuthArgs {
    /// The verifier this configuration describes, and in development mode the secret to mint a
    /// sign-in link with.
    pub fn verifier(&self) -> anyhow::Result<(Verifier, Option<DevSecret>)> {
        let mut secret = self
            .jwt_secret
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned);
        if let Some(s) = &secret {
            ensure!(
                s.len() >= MIN_SECRET_LEN,
                "REALISE_JWT_SECRET must be at least {MIN_SECRET_LEN} characters"
            );
        }
        let public_key = match &self.jwt_public_key_file {
            Some(path) => Some(read_public_key(path)?),
            None => None,
        };
        let providers = match &self.oidc_providers {
            Some(path) => super::oidc::read_providers(path)?,
            None => Vec::new(),
        };
        if secret.is_none() && public_key.is_none() && providers.is_empty() {
            ensure!(
                self.dev,
                "no token key configured: set REALISE_JWT_SECRET, REALISE_JWT_PUBLIC_KEY_FILE or \
                 REALISE_OIDC_PROVIDERS (or pass --dev for development, which makes a secret per start)"
            );
            secret = Some(random_secret()?);
        }
        let algorithms = self.algorithms(secret.is_some(), public_key.as_ref().map(|k| k.0))?;
        let dev = if self.dev {
            secret.clone().map(DevSecret)
        } else {
            None
        };
        let verifier = Verifier {
            algorithms,
            secret: secret.map(|s| DecodingKey::from_secret(s.as_bytes())),
            public_key,
            issuer: self.jwt_issuer.clone(),
            audience: self.jwt_audience.clone(),
            max_lifetime: self.jwt_max_lifetime,
            known_organisations: Default::default(),
            providers,
            seen_identities: Default::default(),
            verified: Default::default(),
        };
        Ok((verifier, dev))
    }

    /// The pinned algorithms: as configured (each must have a key), or one per configured key.
    fn algorithms(
        &self,
        has_secret: bool,
        public: Option<AlgorithmFamily>,
    ) -> anyhow::Result<Vec<Algorithm>> {
        let names: Vec<&str> = self
            .jwt_algorithms
            .iter()
            .map(|a| a.trim())
            .filter(|a| !a.is_empty())
            .collect();
        if names.is_empty() {
            let mut defaults = Vec::new();
            if has_secret {
                defaults.push(Algorithm::HS256);
            }
            match public {
                Some(AlgorithmFamily::Rsa) => defaults.push(Algorithm::RS256),
                Some(AlgorithmFamily::Ec) => defaults.push(Algorithm::ES256),
                Some(AlgorithmFamily::Ed) => defaults.push(Algorithm::EdDSA),
                Some(AlgorithmFamily::Hmac) | None => {}
            }
            return Ok(defaults);
        }
        names
            .into_iter()
            .map(|name| {
                let alg = Algorithm::from_str(&name.to_uppercase())
                    .map_err(|_| anyhow::anyhow!("{name:?} is not a JWT algorithm"))?;
                let has_key = match alg.family() {
                    AlgorithmFamily::Hmac => has_secret,
                    family => public == Some(family),
                };
                ensure!(
                    has_key,
                    "REALISE_JWT_ALGORITHMS names {name} but no key of its kind is configured"
                );
                Ok(alg)
            })
            .collect()
    }
}

/// Reads a PEM public key and tells its family.
fn read_public_key(path: &std::path::Path) -> anyhow::Result<(AlgorithmFamily, DecodingKey)> {
    let pem = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    if let Ok(key) = DecodingKey::from_rsa_pem(&pem) {
        return Ok((AlgorithmFamily::Rsa, key));
    }
    if let Ok(key) = DecodingKey::from_ec_pem(&pem) {
        return Ok((AlgorithmFamily::Ec, key));
    }
    if let Ok(key) = DecodingKey::from_ed_pem(&pem) {
        return Ok((AlgorithmFamily::Ed, key));
    }
    bail!(
        "{} is not a PEM RSA, EC or Ed25519 public key",
        path.display()
    )
}

/// 256 random bits, hex-encoded.
fn random_secret() -> anyhow::Result<String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| anyhow::anyhow!("no randomness: {e}"))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn refuses_to_start_without_a_key_outside_development_mode() {
        assert!(AuthArgs::default().verifier().is_err());
        let dev = AuthArgs {
            dev: true,
            ..AuthArgs::default()
        };
        let (verifier, secret) = dev.verifier().unwrap();
        assert_eq!(verifier.algorithms, vec![Algorithm::HS256]);
        assert_eq!(secret.unwrap().0.len(), 64, "a generated secret");
    }

    #[test]
    fn refuses_short_secrets_and_algorithms_without_keys() {
        let short = AuthArgs {
            jwt_secret: Some("short".into()),
            ..AuthArgs::default()
        };
        assert!(short.verifier().is_err());
        let rs_without_key = AuthArgs {
            jwt_secret: Some("x".repeat(32)),
            jwt_algorithms: vec!["RS256".into()],
            ..AuthArgs::default()
        };
        assert!(rs_without_key.verifier().is_err());
        let nonsense = AuthArgs {
            jwt_secret: Some("x".repeat(32)),
            jwt_algorithms: vec!["none".into()],
            ..AuthArgs::default()
        };
        assert!(nonsense.verifier().is_err());
    }
}
