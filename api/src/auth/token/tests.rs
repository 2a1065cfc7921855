#![allow(clippy::unwrap_used)]
use super::*;
use crate::auth::config::AuthArgs;
use crate::auth::mint::{TokenArgs, mint};

fn args() -> AuthArgs {
    AuthArgs {
        jwt_secret: Some("unit-test-secret-unit-test-secret".into()),
        ..AuthArgs::default()
    }
}

fn token(role: Role, org: Option<&str>) -> String {
    mint(
        &args(),
        &TokenArgs {
            role,
            org: org.map(str::to_owned),
            ..TokenArgs::default()
        },
    )
    .unwrap()
}

#[tokio::test]
async fn a_minted_token_verifies() {
    let (verifier, _) = args().verifier().unwrap();
    let caller = verifier
        .verify_header(Some(&format!(
            "Bearer {}",
            token(Role::Executive, Some("rr8"))
        )))
        .await
        .unwrap();
    assert_eq!(caller.role, Role::Executive);
    assert_eq!(caller.organisation.as_deref(), Some("RR8"));
}

#[tokio::test]
async fn refuses_what_is_not_a_usable_bearer_token() {
    let (verifier, _) = args().verifier().unwrap();
    assert!(matches!(
        verifier.verify_header(None).await,
        Err(TokenError::Missing)
    ));
    assert!(verifier.verify_header(Some("Basic abc")).await.is_err());
    assert!(verifier.verify("not.a.token").await.is_err());
    assert!(verifier.verify(&token(Role::Partner, None)).await.is_ok());
}
