//! Bearer tokens: only a valid token reads anything; every way a token can be wrong gets
//! UNAUTHENTICATED and no data, and health checks stay open.

use std::path::PathBuf;
use std::sync::OnceLock;

use jsonwebtoken::{Algorithm, EncodingKey, Header, encode};
use realise_api::auth::{AuthArgs, Role};
use serde_json::{Value, json};

use crate::helpers::{TEST_SECRET, TestApp, error_code, test_auth, unique_name};

const VIEWER: &str = "{ viewer { subject role organisationCode } }";

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// Claims that a test server accepts; each test spoils one.
fn good_claims() -> Value {
    json!({
        "sub": "u-1", "name": "Ada", "role": "PROGRAMME_BOARD",
        "iss": "realise", "aud": "realise",
        "iat": now(), "nbf": now() - 10, "exp": now() + 600,
    })
}

fn hs256(claims: &Value, secret: &str) -> String {
    encode(
        &Header::new(Algorithm::HS256),
        claims,
        &EncodingKey::from_secret(secret.as_bytes()),
    )
    .unwrap()
}

/// A key pair made for this run (no private key is kept in the repository), its public half
/// written to a file as an operator would configure it.
struct KeyPair {
    signing: EncodingKey,
    public_pem: String,
    public_file: PathBuf,
}

impl KeyPair {
    fn new(signing: EncodingKey, public_pem: String) -> Self {
        let public_file = std::env::temp_dir().join(unique_name("realise_test_key") + ".pem");
        std::fs::write(&public_file, &public_pem).unwrap();
        Self {
            signing,
            public_pem,
            public_file,
        }
    }
}

/// One RSA pair for the run: making one takes a moment.
fn rsa_pair() -> &'static KeyPair {
    static PAIR: OnceLock<KeyPair> = OnceLock::new();
    PAIR.get_or_init(|| {
        use rsa::pkcs1::EncodeRsaPrivateKey;
        use rsa::pkcs8::{EncodePublicKey, LineEnding};
        let private = rsa::RsaPrivateKey::new(&mut rsa::rand_core::OsRng, 2048).unwrap();
        let der = private.to_pkcs1_der().unwrap();
        let public = private.to_public_key().to_public_key_pem(LineEnding::LF);
        KeyPair::new(EncodingKey::from_rsa_der(der.as_bytes()), public.unwrap())
    })
}

fn ec_pair() -> &'static KeyPair {
    static PAIR: OnceLock<KeyPair> = OnceLock::new();
    PAIR.get_or_init(|| {
        use p256::pkcs8::{EncodePrivateKey, EncodePublicKey, LineEnding};
        let secret = crate::oidc_provider::Key::new("ec").secret;
        let der = secret.to_pkcs8_der().unwrap();
        let public = secret.public_key().to_public_key_pem(LineEnding::LF);
        KeyPair::new(EncodingKey::from_ec_der(der.as_bytes()), public.unwrap())
    })
}

fn signed_with(alg: Algorithm, pair: &KeyPair, claims: &Value) -> String {
    encode(&Header::new(alg), claims, &pair.signing).unwrap()
}

fn b64(v: &Value) -> String {
    realise_api::graphql::ids::encode(v.to_string().as_bytes())
}

async fn assert_refused(app: &TestApp, token: &str, why: &str) {
    let response = app.graphql_as(token, VIEWER, json!({})).await;
    assert_eq!(
        error_code(&response),
        "UNAUTHENTICATED",
        "{why}: {response}"
    );
    assert!(
        response.get("data").is_none_or(Value::is_null),
        "{why}: no data"
    );
}

#[actix_web::test]
async fn without_a_token_nothing_but_health_checks_answers() {
    let app = TestApp::spawn().await;
    let before = app.statements();
    let response = app
        .graphql_anonymous("{ programmes { totalCount } }", json!({}))
        .await;
    assert_eq!(error_code(&response), "UNAUTHENTICATED", "{response}");
    assert!(response.get("data").is_none());
    assert_eq!(app.statements(), before, "no SQL ran");
    let req = app
        .request(awc::http::Method::POST, "/graphql")
        .insert_header(("content-type", "application/json"));
    let (status, _, _) = app
        .send(req, Some(json!({ "query": VIEWER }).to_string()))
        .await;
    assert_eq!(status, 401);
    assert_eq!(app.get("/healthz").await.0, 200);
    assert_eq!(app.get("/readyz").await.0, 200);
}

#[actix_web::test]
async fn viewer_is_the_caller_the_token_names() {
    let app = TestApp::spawn().await;
    let token = app.token(Role::Executive, Some("rr8"));
    // An executive acts for an organisation Realise knows, or for nobody.
    let refused = app.graphql_as(&token, VIEWER, json!({})).await;
    assert_eq!(error_code(&refused), "UNAUTHENTICATED", "{refused}");
    assert!(
        refused["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("RR8"),
        "the message names the organisation: {refused}"
    );
    {
        use sea_orm::{ActiveModelTrait, Set};
        entity::organisation::ActiveModel {
            ods_code: Set(Some("RR8".into())),
            name: Set("LEEDS TEACHING HOSPITALS NHS TRUST".into()),
            kind: Set(entity::enums::OrganisationKind::NhsTrust),
            status: Set(entity::enums::OrganisationStatus::Active),
            ..Default::default()
        }
        .insert(&app.db.conn)
        .await
        .unwrap();
    }
    let data = app.query_as(&token, VIEWER, json!({})).await;
    assert_eq!(
        data["viewer"],
        json!({ "subject": "test-executive", "role": "EXECUTIVE", "organisationCode": "RR8" })
    );
    let data = app
        .query_as(&hs256(&good_claims(), TEST_SECRET), VIEWER, json!({}))
        .await;
    assert_eq!(data["viewer"]["role"], "PROGRAMME_BOARD");
}

#[actix_web::test]
async fn tokens_valid_for_longer_than_the_longest_lifetime_are_refused() {
    let app = TestApp::spawn().await;
    let lasting = |hours: i64| {
        let mut claims = good_claims();
        claims["exp"] = json!(now() + hours * 3600);
        hs256(&claims, TEST_SECRET)
    };
    let data = app.query_as(&lasting(11), VIEWER, json!({})).await;
    assert_eq!(data["viewer"]["role"], "PROGRAMME_BOARD");
    assert_refused(
        &app,
        &lasting(13),
        "valid for 13 hours, over the 12 allowed",
    )
    .await;
    assert_refused(&app, &lasting(24 * 365 * 100), "valid for a century").await;
}

#[actix_web::test]
async fn spoilt_hs256_tokens_are_unauthenticated() {
    let app = TestApp::spawn().await;
    let spoil = |key: &str, value: Value| {
        let mut c = good_claims();
        c[key] = value;
        hs256(&c, TEST_SECRET)
    };
    let without = |key: &str| {
        let mut c = good_claims();
        c.as_object_mut().unwrap().remove(key);
        hs256(&c, TEST_SECRET)
    };
    let cases = [
        ("expired", spoil("exp", json!(now() - 3600))),
        ("not yet valid", spoil("nbf", json!(now() + 3600))),
        ("wrong issuer", spoil("iss", json!("someone-else"))),
        ("wrong audience", spoil("aud", json!("another-api"))),
        ("unknown role", spoil("role", json!("SUPERUSER"))),
        ("executive without org", spoil("role", json!("EXECUTIVE"))),
        ("no sub", without("sub")),
        ("no nbf", without("nbf")),
        ("no exp", without("exp")),
        ("no iss", without("iss")),
        ("no aud", without("aud")),
        (
            "wrong signature",
            hs256(&good_claims(), "another-secret-another-secret-another"),
        ),
        (
            "alg none",
            format!(
                "{}.{}.",
                b64(&json!({ "alg": "none", "typ": "JWT" })),
                b64(&good_claims())
            ),
        ),
        ("malformed", "not-a-token".to_owned()),
    ];
    for (why, token) in cases {
        assert_refused(&app, &token, why).await;
    }
    let req = app
        .request(awc::http::Method::POST, "/graphql")
        .insert_header(("content-type", "application/json"))
        .insert_header(("authorization", format!("Basic {TEST_SECRET}")));
    let (status, _, _) = app
        .send(req, Some(json!({ "query": VIEWER }).to_string()))
        .await;
    assert_eq!(status, 401, "not a bearer token");
}

fn public_key_auth(pair: &KeyPair, algorithms: &[&str]) -> AuthArgs {
    AuthArgs {
        jwt_secret: None,
        jwt_public_key_file: Some(pair.public_file.clone()),
        jwt_algorithms: algorithms.iter().map(|a| a.to_string()).collect(),
        ..test_auth()
    }
}

#[actix_web::test]
async fn rs256_tokens_verify_with_the_public_key_and_hs256_ones_do_not() {
    let app = TestApp::spawn_with_auth(public_key_auth(rsa_pair(), &["RS256"])).await;
    let good = signed_with(Algorithm::RS256, rsa_pair(), &good_claims());
    let data = app.query_as(&good, VIEWER, json!({})).await;
    assert_eq!(data["viewer"]["subject"], "u-1");
    assert_refused(
        &app,
        &hs256(&good_claims(), TEST_SECRET),
        "HS256 when only RS256",
    )
    .await;
    // The classic confusion: HS256 signed with the public key's PEM as the secret.
    assert_refused(
        &app,
        &hs256(&good_claims(), &rsa_pair().public_pem),
        "HS256 keyed with the public key",
    )
    .await;
    let mut expired = good_claims();
    expired["exp"] = json!(now() - 3600);
    let expired = signed_with(Algorithm::RS256, rsa_pair(), &expired);
    assert_refused(&app, &expired, "expired RS256").await;
}

#[actix_web::test]
async fn es256_tokens_verify_with_an_ec_public_key() {
    let app = TestApp::spawn_with_auth(public_key_auth(ec_pair(), &[])).await;
    let good = signed_with(Algorithm::ES256, ec_pair(), &good_claims());
    let data = app.query_as(&good, VIEWER, json!({})).await;
    assert_eq!(data["viewer"]["role"], "PROGRAMME_BOARD");
    let rs = signed_with(Algorithm::RS256, rsa_pair(), &good_claims());
    assert_refused(&app, &rs, "RS256 when only ES256").await;
}
