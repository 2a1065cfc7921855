//! Fetching a provider's JSON documents over HTTPS (rustls with the ring provider and the
//! Mozilla roots from webpki-roots: no OpenSSL, no system certificate store needed).

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use serde::de::DeserializeOwned;

/// How long one fetch may take: a provider that does not answer is tried again later.
const TIMEOUT: Duration = Duration::from_secs(5);
/// The largest document accepted.
const MAX_BYTES: usize = 1024 * 1024;

/// The TLS settings, made once.
fn tls() -> Result<Arc<rustls::ClientConfig>, String> {
    static CONFIG: OnceLock<Result<Arc<rustls::ClientConfig>, String>> = OnceLock::new();
    CONFIG
        .get_or_init(|| {
            let roots =
                rustls::RootCertStore::from_iter(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
            rustls::ClientConfig::builder_with_provider(Arc::new(
                rustls::crypto::ring::default_provider(),
            ))
            .with_safe_default_protocol_versions()
            .map(|b| Arc::new(b.with_root_certificates(roots).with_no_client_auth()))
            .map_err(|e| format!("setting up TLS: {e}"))
        })
        .clone()
}

/// GETs `url` and reads its JSON body as `T`.
pub async fn get_json<T: DeserializeOwned>(url: &str) -> Result<T, String> {
    let client = awc::Client::builder()
        .connector(awc::Connector::new().rustls_0_23(tls()?))
        .timeout(TIMEOUT)
        .finish();
    let mut response = client
        .get(url)
        .insert_header(("accept", "application/json"))
        .send()
        .await
        .map_err(|e| format!("fetching {url}: {e}"))?;
    if !response.status().is_success() {
        return Err(format!("fetching {url}: HTTP {}", response.status()));
    }
    let body = response
        .body()
        .limit(MAX_BYTES)
        .await
        .map_err(|e| format!("reading {url}: {e}"))?;
    serde_json::from_slice(&body).map_err(|e| format!("reading {url}: {e}"))
}
