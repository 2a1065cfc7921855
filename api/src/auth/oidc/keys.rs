//! A provider's signing keys: found through its discovery document, read from its JWKS, kept
//! by `kid`, fetched again on a schedule and when a token names a `kid` not yet seen (at most
//! once per the provider's `minRefetchSeconds`). When the provider cannot be reached, the keys
//! already fetched keep working.

use std::collections::HashMap;
use std::sync::RwLock;
use std::time::{Duration, Instant};

use jsonwebtoken::DecodingKey;
use jsonwebtoken::jwk::JwkSet;
use serde::Deserialize;

use super::client::get_json;
use crate::auth::token::TokenError;

/// The part of the discovery document Realise reads.
#[derive(Deserialize)]
struct Discovery {
    issuer: String,
    jwks_uri: String,
}

/// One provider's keys.
#[derive(Debug)]
pub struct KeyCache {
    issuer: String,
    keys: RwLock<HashMap<String, DecodingKey>>,
    min_refetch: Duration,
    /// When the keys were last fetched (or tried), to space out fetches for unknown `kid`s.
    last_fetch: tokio::sync::Mutex<Option<Instant>>,
}

impl KeyCache {
    /// The keys of the provider at `issuer`, none fetched yet.
    pub fn new(issuer: &str, min_refetch: Duration) -> Self {
        Self {
            issuer: issuer.to_owned(),
            keys: RwLock::default(),
            min_refetch,
            last_fetch: tokio::sync::Mutex::new(None),
        }
    }

    /// The key `kid`, fetching the keys again when it is not known and the last fetch is not
    /// too recent.
    pub async fn key(&self, kid: &str) -> Result<DecodingKey, TokenError> {
        if let Some(key) = self.known(kid) {
            return Ok(key);
        }
        {
            // One fetch at a time; a request that waited here finds the keys just fetched.
            let mut last = self.last_fetch.lock().await;
            if let Some(key) = self.known(kid) {
                return Ok(key);
            }
            if last.is_none_or(|at| at.elapsed() >= self.min_refetch) {
                *last = Some(Instant::now());
                if let Err(e) = self.fetch().await {
                    tracing::warn!(issuer = %self.issuer, error = %e, "the provider's keys could not be fetched");
                }
            }
        }
        self.known(kid).ok_or_else(|| {
            TokenError::Malformed(format!(
                "the key {kid:?} is not one of {}'s keys",
                self.issuer
            ))
        })
    }

    /// Fetches the keys now, replacing the ones held (the schedule calls this).
    pub async fn refresh(&self) -> Result<usize, String> {
        // Held while fetching: a request waiting for a new `kid` reads what this fetch finds.
        let mut last = self.last_fetch.lock().await;
        *last = Some(Instant::now());
        self.fetch().await
    }

    fn known(&self, kid: &str) -> Option<DecodingKey> {
        self.keys.read().ok()?.get(kid).cloned()
    }

    /// Reads the discovery document and the JWKS; keeps every signing key with a `kid`.
    async fn fetch(&self) -> Result<usize, String> {
        let discovery: Discovery =
            get_json(&format!("{}/.well-known/openid-configuration", self.issuer)).await?;
        if discovery.issuer.trim_end_matches('/') != self.issuer {
            return Err(format!(
                "the discovery document names the issuer {}, not {}",
                discovery.issuer, self.issuer
            ));
        }
        let set: JwkSet = get_json(&discovery.jwks_uri).await?;
        let keys: HashMap<String, DecodingKey> = set
            .keys
            .iter()
            .filter(|jwk| {
                !matches!(
                    jwk.common.public_key_use,
                    Some(jsonwebtoken::jwk::PublicKeyUse::Encryption)
                )
            })
            .filter_map(|jwk| Some((jwk.common.key_id.clone()?, DecodingKey::from_jwk(jwk).ok()?)))
            .collect();
        let count = keys.len();
        if let Ok(mut held) = self.keys.write() {
            *held = keys;
        }
        tracing::info!(issuer = %self.issuer, keys = count, "fetched the provider's keys");
        Ok(count)
    }
}
