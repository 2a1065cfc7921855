//! Signing in through a trusted identity provider: Realise, trusting a provider by issuer,
//! maps its tokens' claims to callers, follows key rotation without a restart, and refuses what
//! it should.

use realise_api::auth::AuthArgs;
use serde_json::{Value, json};

use crate::helpers::TestApp;
use crate::oidc_provider::{AUDIENCE, Key, Provider, VIEWER, realise_trusting, token};

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
        oidc_providers: Some(file.clone()),
        ..crate::helpers::test_auth()
    })
    .await;
    // Read as the server started: not needed after.
    let _ = std::fs::remove_file(&file);
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
