//! The identity providers the sign-in tests trust: one started in the test (its discovery
//! document and JWKS on a free port, ES256 keys it makes and rotates), and the certified
//! `oidc-provider` package the browser journeys use.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use actix_web::{App, HttpResponse, HttpServer, web};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use p256::pkcs8::EncodePrivateKey;
use realise_api::auth::AuthArgs;
use realise_api::graphql::ids::encode as base64url;
use serde_json::{Value, json};

use crate::helpers::TestApp;

pub(crate) const AUDIENCE: &str = "realise-test";

/// One signing key of the provider.
pub(crate) struct Key {
    pub(crate) kid: String,
    pub(crate) secret: p256::SecretKey,
}

impl Key {
    pub(crate) fn new(kid: &str) -> Self {
        loop {
            let mut bytes = [0u8; 32];
            getrandom::fill(&mut bytes).unwrap();
            if let Ok(secret) = p256::SecretKey::from_slice(&bytes) {
                return Self {
                    kid: kid.into(),
                    secret,
                };
            }
        }
    }

    pub(crate) fn jwk(&self) -> Value {
        let point = p256::elliptic_curve::sec1::ToEncodedPoint::to_encoded_point(
            &self.secret.public_key(),
            false,
        );
        json!({
            "kty": "EC", "crv": "P-256", "use": "sig", "alg": "ES256", "kid": self.kid,
            "x": base64url(point.x().unwrap()), "y": base64url(point.y().unwrap()),
        })
    }
}

/// The provider: its issuer URL, its published keys and how often they were fetched.
pub(crate) struct Provider {
    pub(crate) issuer: String,
    pub(crate) published: Arc<Mutex<Vec<Value>>>,
    pub(crate) jwks_fetches: Arc<AtomicUsize>,
    pub(crate) server: actix_web::dev::ServerHandle,
}

impl Provider {
    pub(crate) async fn start(keys: &[&Key]) -> Self {
        let published = Arc::new(Mutex::new(keys.iter().map(|k| k.jwk()).collect::<Vec<_>>()));
        let jwks_fetches = Arc::new(AtomicUsize::new(0));
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let issuer = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
        let (keys_served, fetches, me) = (published.clone(), jwks_fetches.clone(), issuer.clone());
        let server = HttpServer::new(move || {
            let (keys_served, fetches, me) = (keys_served.clone(), fetches.clone(), me.clone());
            App::new()
                .route(
                    "/.well-known/openid-configuration",
                    web::get().to({
                        let me = me.clone();
                        move || {
                            let me = me.clone();
                            async move {
                                HttpResponse::Ok().json(json!({
                                    "issuer": me,
                                    "jwks_uri": format!("{me}/jwks"),
                                    "authorization_endpoint": format!("{me}/auth"),
                                    "token_endpoint": format!("{me}/token"),
                                    "id_token_signing_alg_values_supported": ["ES256"],
                                }))
                            }
                        }
                    }),
                )
                .route(
                    "/jwks",
                    web::get().to(move || {
                        let (keys, fetches) = (keys_served.clone(), fetches.clone());
                        async move {
                            fetches.fetch_add(1, Ordering::SeqCst);
                            let keys = keys.lock().unwrap().clone();
                            HttpResponse::Ok().json(json!({ "keys": keys }))
                        }
                    }),
                )
        })
        .workers(1)
        .listen(listener)
        .unwrap()
        .run();
        let handle = server.handle();
        actix_web::rt::spawn(server);
        Self {
            issuer,
            published,
            jwks_fetches,
            server: handle,
        }
    }

    /// Publishes exactly these keys from now on.
    pub(crate) fn publish(&self, keys: &[&Key]) {
        *self.published.lock().unwrap() = keys.iter().map(|k| k.jwk()).collect();
    }

    pub(crate) fn fetches(&self) -> usize {
        self.jwks_fetches.load(Ordering::SeqCst)
    }
}

/// A token signed with `key`, from `issuer`, carrying `claims` besides the registered ones.
pub(crate) fn token(key: &Key, issuer: &str, claims: Value) -> String {
    let now = jsonwebtoken::get_current_timestamp();
    let mut all =
        json!({ "iss": issuer, "aud": AUDIENCE, "iat": now, "exp": now + 300, "sub": "person-1" });
    for (k, v) in claims.as_object().unwrap() {
        all[k] = v.clone();
    }
    let mut header = Header::new(Algorithm::ES256);
    header.kid = Some(key.kid.clone());
    let der = key.secret.to_pkcs8_der().unwrap();
    jsonwebtoken::encode(&header, &all, &EncodingKey::from_ec_der(der.as_bytes())).unwrap()
}

/// Realise trusting `provider`, its roles named in the `groups` claim, the organisation in `ods`.
pub(crate) async fn realise_trusting(provider: &Provider) -> TestApp {
    let file = std::env::temp_dir().join(format!(
        "realise-providers-{}-{}.json",
        std::process::id(),
        crate::helpers::unique_name("oidc")
    ));
    let providers = json!({ "providers": [{
        "issuer": provider.issuer,
        "audience": AUDIENCE,
        "roleClaim": "groups",
        "roles": {
            "realise-admins": "ADMIN",
            "benefits-board": "PROGRAMME_BOARD",
            "trust-executives": "EXECUTIVE",
            "partner-tools": "PARTNER"
        },
        "organisationClaim": "ods",
        "minRefetchSeconds": 1,
        "name": "the test provider",
        "clientId": "realise-browser"
    }] });
    std::fs::write(&file, providers.to_string()).unwrap();
    let app = TestApp::spawn_with_demo_and_auth(AuthArgs {
        oidc_providers: Some(file.clone()),
        ..crate::helpers::test_auth()
    })
    .await;
    // Read as the server started: not needed after.
    let _ = std::fs::remove_file(&file);
    app
}

/// The certified `oidc-provider` package the browser journeys use (`frontend/e2e/provider.mjs`),
/// started on a free port; stopped when dropped. The test command installs the front end's
/// packages before the Rust tests run.
pub(crate) struct NodeProvider {
    pub(crate) child: std::process::Child,
    pub(crate) issuer: String,
}

impl NodeProvider {
    pub(crate) fn start() -> Self {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut child = std::process::Command::new("node")
            .arg(root.join("frontend/e2e/provider.mjs"))
            .current_dir(root.join("frontend"))
            .env("PROVIDER_PORT", port.to_string())
            .env("AUDIENCE", "urn:realise:api-tests")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("node runs frontend/e2e/provider.mjs (the test command installs its packages)");
        let stdout = child.stdout.take().unwrap();
        let mut lines = std::io::BufRead::lines(std::io::BufReader::new(stdout));
        assert!(
            lines.any(|l| l.is_ok_and(|l| l.contains("provider listening"))),
            "the provider did not start: run `npm ci` in frontend/"
        );
        Self {
            child,
            issuer: format!("http://127.0.0.1:{port}"),
        }
    }
}

impl Drop for NodeProvider {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// What the tests ask of a signed-in caller.
pub(crate) const VIEWER: &str = "{ viewer { subject name role organisationCode } }";
