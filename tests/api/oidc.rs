//! Signing in through a trusted identity provider: an OpenID provider started in the test (its
//! discovery document and JWKS on a free port, ES256 keys it makes and rotates) issues tokens,
//! and Realise, trusting it by issuer, maps their claims to callers, follows key rotation
//! without a restart, and refuses what it should.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use actix_web::{App, HttpResponse, HttpServer, web};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use p256::pkcs8::EncodePrivateKey;
use realise_api::auth::AuthArgs;
use realise_api::graphql::ids::encode as base64url;
use serde_json::{Value, json};

use crate::helpers::TestApp;

const AUDIENCE: &str = "realise-test";

/// One signing key of the provider.
struct Key {
    kid: String,
    secret: p256::SecretKey,
}

impl Key {
    fn new(kid: &str) -> Self {
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

    fn jwk(&self) -> Value {
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
struct Provider {
    issuer: String,
    published: Arc<Mutex<Vec<Value>>>,
    jwks_fetches: Arc<AtomicUsize>,
    server: actix_web::dev::ServerHandle,
}

impl Provider {
    async fn start(keys: &[&Key]) -> Self {
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
    fn publish(&self, keys: &[&Key]) {
        *self.published.lock().unwrap() = keys.iter().map(|k| k.jwk()).collect();
    }

    fn fetches(&self) -> usize {
        self.jwks_fetches.load(Ordering::SeqCst)
    }
}

/// A token signed with `key`, from `issuer`, carrying `claims` besides the registered ones.
fn token(key: &Key, issuer: &str, claims: Value) -> String {
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
async fn realise_trusting(provider: &Provider) -> TestApp {
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
    TestApp::spawn_with_demo_and_auth(AuthArgs {
        oidc_providers: Some(file),
        ..crate::helpers::test_auth()
    })
    .await
}

const VIEWER: &str = "{ viewer { subject name role organisationCode } }";

#[actix_web::test]
async fn each_role_of_the_claim_mapping_signs_in() {
    let k1 = Key::new("k1");
    let provider = Provider::start(&[&k1]).await;
    let app = realise_trusting(&provider).await;
    for (group, role, ods) in [
        ("realise-admins", "ADMIN", None),
        ("benefits-board", "PROGRAMME_BOARD", None),
        ("trust-executives", "EXECUTIVE", Some("rwp")),
        ("partner-tools", "PARTNER", None),
    ] {
        let claims = json!({ "groups": ["staff", group], "name": "Ann Example", "ods": ods });
        let data = app
            .query_as(&token(&k1, &provider.issuer, claims), VIEWER, json!({}))
            .await;
        let viewer = &data["viewer"];
        assert_eq!(viewer["role"], role, "{data}");
        assert_eq!(viewer["subject"], "person-1");
        assert_eq!(viewer["name"], "Ann Example");
        assert_eq!(
            viewer["organisationCode"],
            ods.map_or(Value::Null, |o| o.to_uppercase().into())
        );
    }
    // The sign-in page learns where to send people, without a token.
    let (status, body) = app.get("/auth/providers").await;
    assert_eq!(status, 200, "{body}");
    let listed: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(
        listed,
        json!({ "providers": [{
            "name": "the test provider", "issuer": provider.issuer, "clientId": "realise-browser",
            "scope": "openid profile", "audience": AUDIENCE
        }] })
    );
    provider.server.stop(false).await;
}

#[actix_web::test]
async fn a_key_rotation_is_followed_without_a_restart_and_old_or_unknown_keys_are_refused() {
    let (k1, k2) = (Key::new("k1"), Key::new("k2"));
    let provider = Provider::start(&[&k1]).await;
    let app = realise_trusting(&provider).await;
    let board = json!({ "groups": "benefits-board" });
    app.query_as(
        &token(&k1, &provider.issuer, board.clone()),
        VIEWER,
        json!({}),
    )
    .await;

    // The provider rotates: k2 in, k1 out.
    provider.publish(&[&k2]);
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let data = app
        .query_as(
            &token(&k2, &provider.issuer, board.clone()),
            VIEWER,
            json!({}),
        )
        .await;
    assert_eq!(data["viewer"]["role"], "PROGRAMME_BOARD");

    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let refused = app
        .graphql_as(
            &token(&k1, &provider.issuer, board.clone()),
            VIEWER,
            json!({}),
        )
        .await;
    assert_eq!(
        crate::helpers::error_code(&refused),
        "UNAUTHENTICATED",
        "k1 was rotated out: {refused}"
    );

    // Made-up key ids fetch the keys at most once per interval, however many arrive.
    let before = provider.fetches();
    for i in 0..20 {
        let stranger = Key::new(&format!("made-up-{i}"));
        let refused = app
            .graphql_as(
                &token(&stranger, &provider.issuer, board.clone()),
                VIEWER,
                json!({}),
            )
            .await;
        assert_eq!(crate::helpers::error_code(&refused), "UNAUTHENTICATED");
    }
    assert!(
        provider.fetches() - before <= 1,
        "{} fetches for 20 unknown keys",
        provider.fetches() - before
    );

    // With the provider gone, the keys already fetched keep working.
    provider.server.stop(false).await;
    let data = app
        .query_as(&token(&k2, &provider.issuer, board), VIEWER, json!({}))
        .await;
    assert_eq!(data["viewer"]["role"], "PROGRAMME_BOARD");
}

#[actix_web::test]
async fn tokens_from_an_untrusted_issuer_or_for_another_audience_are_refused() {
    let k1 = Key::new("k1");
    let provider = Provider::start(&[&k1]).await;
    let app = realise_trusting(&provider).await;
    let admin = json!({ "groups": "realise-admins" });
    let elsewhere = token(&k1, "http://127.0.0.1:1/evil", admin.clone());
    let refused = app.graphql_as(&elsewhere, VIEWER, json!({})).await;
    assert_eq!(
        crate::helpers::error_code(&refused),
        "UNAUTHENTICATED",
        "{refused}"
    );
    let mut other_audience = admin.clone();
    other_audience["aud"] = "someone-else".into();
    let refused = app
        .graphql_as(
            &token(&k1, &provider.issuer, other_audience),
            VIEWER,
            json!({}),
        )
        .await;
    assert_eq!(
        crate::helpers::error_code(&refused),
        "UNAUTHENTICATED",
        "{refused}"
    );
    let mut expired = admin;
    expired["exp"] = (jsonwebtoken::get_current_timestamp() - 3600).into();
    let refused = app
        .graphql_as(&token(&k1, &provider.issuer, expired), VIEWER, json!({}))
        .await;
    assert_eq!(
        crate::helpers::error_code(&refused),
        "UNAUTHENTICATED",
        "{refused}"
    );
    provider.server.stop(false).await;
}

#[actix_web::test]
async fn a_person_with_no_role_is_told_so_and_sees_nothing() {
    let k1 = Key::new("k1");
    let provider = Provider::start(&[&k1]).await;
    let app = realise_trusting(&provider).await;
    let nobody = token(
        &k1,
        &provider.issuer,
        json!({ "groups": ["staff"], "name": "Pat Nobody" }),
    );
    let request = app
        .request(awc::http::Method::POST, "/graphql")
        .insert_header(("authorization", format!("Bearer {nobody}")))
        .insert_header(("content-type", "application/json"));
    let body = json!({ "query": "{ programmes { totalCount } }" }).to_string();
    let (status, _, body) = app.send(request, Some(body)).await;
    assert_eq!(status, 403, "{body}");
    let json: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(crate::helpers::error_code(&json), "FORBIDDEN");
    let message = json["errors"][0]["message"].as_str().unwrap();
    assert!(
        message.contains("Pat Nobody") && message.contains("no role in Realise"),
        "{message}"
    );
    assert!(
        json.get("data").is_none_or(Value::is_null),
        "nothing is read: {json}"
    );
    provider.server.stop(false).await;
}

#[actix_web::test]
async fn a_first_sign_in_is_linked_by_email_and_once_confirmed_signs_off_and_records_as_the_person()
{
    let k1 = Key::new("k1");
    let provider = Provider::start(&[&k1]).await;
    let app = realise_trusting(&provider).await;
    // Daniel Webb is the demo's Director of Finance at Norfolk and Norwich (RM1).
    let exec = token(
        &k1,
        &provider.issuer,
        json!({ "sub": "dw-at-provider", "groups": "trust-executives", "ods": "RM1",
                "name": "Daniel Webb", "email": "Daniel.Webb@nhs.example" }),
    );
    let me = "{ viewer { person { name } identityAwaitingConfirmation } }";
    let data = app.query_as(&exec, me, json!({})).await;
    assert_eq!(
        data["viewer"],
        json!({ "person": null, "identityAwaitingConfirmation": true })
    );

    // An administrator sees the proposal, and confirms it.
    let proposed = app
        .query(
            "{ people(filter: { identityAwaitingConfirmation: true }) { edges { node { id name identity { issuer subject confirmed } } } } }",
            json!({}),
        )
        .await;
    let edges = proposed["people"]["edges"].as_array().unwrap();
    assert_eq!(edges.len(), 1, "{proposed}");
    let person = &edges[0]["node"];
    assert_eq!(person["name"], "Daniel Webb");
    assert_eq!(
        person["identity"],
        json!({ "issuer": provider.issuer, "subject": "dw-at-provider", "confirmed": false })
    );
    let partner = app.token(realise_api::auth::Role::Partner, None);
    let hidden = app
        .query_as(
            &partner,
            "{ people(first: 100) { edges { node { identity { subject } } } } }",
            json!({}),
        )
        .await;
    assert!(
        hidden["people"]["edges"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["node"]["identity"].is_null()),
        "only administrators see who signs in as whom"
    );
    let confirmed = app
        .query(
            "mutation($p: ID!) { confirmPersonIdentity(input: { person: $p }) { person { identity { confirmed } } userErrors { code } } }",
            json!({ "p": person["id"] }),
        )
        .await;
    assert_eq!(
        confirmed["confirmPersonIdentity"]["person"]["identity"]["confirmed"], true,
        "{confirmed}"
    );
    let data = app.query_as(&exec, me, json!({})).await;
    assert_eq!(
        data["viewer"],
        json!({ "person": { "name": "Daniel Webb" }, "identityAwaitingConfirmation": false })
    );

    // Signing off: as themselves, without naming anyone; naming someone else is refused.
    let commitments = app
        .query(
            r#"{ organisation(odsCode: "RM1") { commitments(first: 100) { edges { node { id status version } } } } }"#,
            json!({}),
        )
        .await;
    let nodes: Vec<Value> = commitments["organisation"]["commitments"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"].clone())
        .collect();
    let agreed = nodes
        .iter()
        .find(|c| c["status"] == "AGREED")
        .expect("an agreed RM1 commitment in the demo");
    let someone_else = app
        .query(
            r#"{ people(filter: { nameContains: "Rowley" }) { edges { node { id } } } }"#,
            json!({}),
        )
        .await["people"]["edges"][0]["node"]["id"]
        .clone();
    let sign_off = "mutation($in: SignOffCommitmentInput!) { signOffCommitment(input: $in) {
        commitment { status signedOffBy { name } } userErrors { field code } } }";
    let refused = app
        .query_as(&exec, sign_off, json!({ "in": { "id": agreed["id"], "version": agreed["version"], "signedOffBy": someone_else } }))
        .await;
    assert_eq!(
        refused["signOffCommitment"]["userErrors"],
        json!([{ "field": "signedOffBy", "code": "NOT_OF_ORGANISATION" }])
    );
    let signed = app
        .query_as(
            &exec,
            sign_off,
            json!({ "in": { "id": agreed["id"], "version": agreed["version"] } }),
        )
        .await;
    assert_eq!(
        signed["signOffCommitment"]["commitment"],
        json!({ "status": "SIGNED_OFF", "signedOffBy": { "name": "Daniel Webb" } }),
        "{signed}"
    );

    // A measurement they record carries them.
    let recorded = app
        .query_as(
            &exec,
            "mutation($in: RecordMeasurementInput!) { recordMeasurement(input: $in) { measurement { recordedBy recorder { name } } userErrors { code } } }",
            json!({ "in": { "commitment": agreed["id"], "measuredOn": "2026-10-31", "value": 12.0 } }),
        )
        .await;
    assert_eq!(
        recorded["recordMeasurement"]["measurement"],
        json!({ "recordedBy": "dw-at-provider", "recorder": { "name": "Daniel Webb" } }),
        "{recorded}"
    );

    // Once unlinked, the sign-in is nobody in particular again, and must name a signer.
    app.query(
        "mutation($p: ID!) { unlinkPersonIdentity(input: { person: $p }) { userErrors { code } } }",
        json!({ "p": person["id"] }),
    )
    .await;
    let data = app.query_as(&exec, me, json!({})).await;
    assert_eq!(
        data["viewer"],
        json!({ "person": null, "identityAwaitingConfirmation": false })
    );
    provider.server.stop(false).await;
}

#[actix_web::test]
async fn an_administrator_links_a_sign_in_directly_and_one_sign_in_is_one_person() {
    let k1 = Key::new("k1");
    let provider = Provider::start(&[&k1]).await;
    let app = realise_trusting(&provider).await;
    let people = app
        .query(r#"{ people(filter: { nameContains: "Webb" }) { edges { node { id } } } a: people(filter: { nameContains: "Rowley" }) { edges { node { id } } } }"#, json!({}))
        .await;
    let (webb, rowley) = (
        &people["people"]["edges"][0]["node"]["id"],
        &people["a"]["edges"][0]["node"]["id"],
    );
    let link = "mutation($in: LinkPersonIdentityInput!) { linkPersonIdentity(input: $in) { person { name identity { confirmed } } userErrors { field code } } }";
    let linked = app
        .query(
            link,
            json!({ "in": { "person": webb, "issuer": provider.issuer, "subject": "s-1" } }),
        )
        .await;
    assert_eq!(
        linked["linkPersonIdentity"]["person"]["identity"]["confirmed"], true,
        "{linked}"
    );
    let twice = app
        .query(
            link,
            json!({ "in": { "person": rowley, "issuer": provider.issuer, "subject": "s-1" } }),
        )
        .await;
    assert_eq!(
        twice["linkPersonIdentity"]["userErrors"],
        json!([{ "field": "subject", "code": "DUPLICATE" }])
    );
    let board = token(
        &k1,
        &provider.issuer,
        json!({ "sub": "s-1", "groups": "benefits-board" }),
    );
    let data = app
        .query_as(&board, "{ viewer { person { name } } }", json!({}))
        .await;
    assert_eq!(data["viewer"]["person"]["name"], "Daniel Webb");
    let refused = app
        .graphql_as(
            &board,
            link,
            json!({ "in": { "person": rowley, "issuer": provider.issuer, "subject": "s-2" } }),
        )
        .await;
    assert_eq!(
        crate::helpers::error_code(&refused),
        "FORBIDDEN",
        "only administrators link people"
    );
    provider.server.stop(false).await;
}

#[actix_web::test]
async fn several_providers_are_trusted_at_once_each_with_its_own_audience_and_mapping() {
    let (ka, kb) = (Key::new("a1"), Key::new("b1"));
    let (a, b) = (Provider::start(&[&ka]).await, Provider::start(&[&kb]).await);
    let file = std::env::temp_dir().join(format!(
        "realise-providers-{}-{}.json",
        std::process::id(),
        crate::helpers::unique_name("two")
    ));
    let providers = json!({ "providers": [
        { "issuer": a.issuer, "audience": "realise-a", "roleClaim": "groups",
          "roles": { "board": "PROGRAMME_BOARD" }, "minRefetchSeconds": 1 },
        { "issuer": b.issuer, "audience": "realise-b", "roleClaim": "realm_access.roles",
          "roles": { "partners": "PARTNER" }, "minRefetchSeconds": 1 }
    ] });
    std::fs::write(&file, providers.to_string()).unwrap();
    let app = TestApp::spawn_with_demo_and_auth(AuthArgs {
        oidc_providers: Some(file),
        ..crate::helpers::test_auth()
    })
    .await;
    let signed = |key: &Key, issuer: &str, aud: &str, claims: Value| {
        let mut claims = claims;
        claims["aud"] = aud.into();
        token(key, issuer, claims)
    };
    let from_a = signed(&ka, &a.issuer, "realise-a", json!({ "groups": ["board"] }));
    let from_b = signed(
        &kb,
        &b.issuer,
        "realise-b",
        json!({ "realm_access": { "roles": ["partners"] } }),
    );
    assert_eq!(
        app.query_as(&from_a, VIEWER, json!({})).await["viewer"]["role"],
        "PROGRAMME_BOARD"
    );
    assert_eq!(
        app.query_as(&from_b, VIEWER, json!({})).await["viewer"]["role"],
        "PARTNER"
    );
    // Each provider's tokens are checked against its own keys and audience.
    for forged in [
        signed(&kb, &a.issuer, "realise-a", json!({ "groups": ["board"] })),
        signed(&ka, &a.issuer, "realise-b", json!({ "groups": ["board"] })),
    ] {
        let refused = app.graphql_as(&forged, VIEWER, json!({})).await;
        assert_eq!(
            crate::helpers::error_code(&refused),
            "UNAUTHENTICATED",
            "{refused}"
        );
    }
    a.server.stop(false).await;
    b.server.stop(false).await;
}

/// The certified `oidc-provider` package the browser journeys use (`frontend/e2e/provider.mjs`),
/// started on a free port; stopped when dropped. The test command installs the front end's
/// packages before the Rust tests run.
struct NodeProvider {
    child: std::process::Child,
    issuer: String,
}

impl NodeProvider {
    fn start() -> Self {
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

#[actix_web::test]
async fn a_partner_tool_gets_a_token_from_the_real_provider_by_client_credentials_and_may_read_not_write()
 {
    let provider = NodeProvider::start();
    let file = std::env::temp_dir().join(format!(
        "realise-providers-{}-{}.json",
        std::process::id(),
        crate::helpers::unique_name("node")
    ));
    let providers = json!({ "providers": [{
        "issuer": provider.issuer, "audience": "urn:realise:api-tests", "roleClaim": "groups",
        "roles": { "partner-tools": "PARTNER" }, "algorithms": ["ES256"]
    }] });
    std::fs::write(&file, providers.to_string()).unwrap();
    let app = TestApp::spawn_with_demo_and_auth(AuthArgs {
        oidc_providers: Some(file),
        ..crate::helpers::test_auth()
    })
    .await;
    let mut response = awc::Client::default()
        .post(format!("{}/token", provider.issuer))
        .basic_auth("partner-tool", "test-only-partner-secret")
        .send_form(&[
            ("grant_type", "client_credentials"),
            ("resource", "urn:realise:api-tests"),
            ("scope", "realise"),
        ])
        .await
        .unwrap();
    let body: Value = response.json().await.unwrap();
    let token = body["access_token"]
        .as_str()
        .unwrap_or_else(|| panic!("a token: {body}"))
        .to_owned();
    let read = app
        .query_as(
            &token,
            "{ viewer { role subject } programmes { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(
        read["viewer"],
        json!({ "role": "PARTNER", "subject": "partner-tool" })
    );
    assert!(read["programmes"]["totalCount"].as_u64().unwrap() > 0);
    let write = app
        .graphql_as(
            &token,
            r#"mutation { createProgramme(input: { name: "No" }) { programme { id } } }"#,
            json!({}),
        )
        .await;
    assert_eq!(crate::helpers::error_code(&write), "FORBIDDEN", "{write}");
}
