//! A partner tool signs in at the certified `oidc-provider` (the one the browser journeys use)
//! by the client-credentials grant, and may read but not write.

use realise_api::auth::AuthArgs;
use serde_json::{Value, json};

use crate::helpers::TestApp;
use crate::oidc_provider::NodeProvider;

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
        oidc_providers: Some(file.clone()),
        ..crate::helpers::test_auth()
    })
    .await;
    // Read as the server started: not needed after.
    let _ = std::fs::remove_file(&file);
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
