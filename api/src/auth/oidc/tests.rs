#![allow(clippy::unwrap_used)]
use serde_json::json;

use super::*;

fn provider(roles: &[(&str, Role)], role_claim: &str) -> Arc<Provider> {
    Provider::new(ProviderSettings {
        issuer: "https://login.example.nhs.uk".into(),
        audience: "realise".into(),
        role_claim: role_claim.into(),
        roles: roles.iter().map(|(k, v)| ((*k).to_owned(), *v)).collect(),
        organisation_claim: "ods".into(),
        name_claim: "name".into(),
        algorithms: default_algorithms(),
        min_refetch_seconds: 10,
        name: None,
        client_id: None,
        scope: default_scope(),
    })
    .unwrap()
}

#[test]
fn claims_map_to_each_role() {
    let p = provider(
        &[
            ("realise-admin", Role::Admin),
            ("benefits-board", Role::ProgrammeBoard),
            ("trust-exec", Role::Executive),
            ("partner-app", Role::Partner),
        ],
        "realm_access.roles",
    );
    for (value, role) in [
        ("realise-admin", Role::Admin),
        ("benefits-board", Role::ProgrammeBoard),
        ("trust-exec", Role::Executive),
        ("partner-app", Role::Partner),
    ] {
        let claims = json!({ "sub": "s1", "name": "Ann", "ods": "rr8",
            "realm_access": { "roles": ["offline_access", value] } });
        let caller = p.caller_of(&claims).unwrap();
        assert_eq!(
            (caller.role, caller.organisation.as_deref()),
            (role, Some("RR8"))
        );
        assert_eq!(caller.name.as_deref(), Some("Ann"));
    }
}

#[test]
fn without_a_mapping_the_values_are_realise_roles() {
    let p = provider(&[], "role");
    let caller = p
        .caller_of(&json!({ "sub": "s", "role": "PARTNER" }))
        .unwrap();
    assert_eq!(caller.role, Role::Partner);
    assert!(matches!(
        p.caller_of(&json!({ "sub": "s", "role": "partner" })),
        Err(TokenError::NoRole { .. })
    ));
}

#[test]
fn a_person_without_a_role_or_an_executive_without_an_organisation_is_refused() {
    let p = provider(
        &[("board", Role::ProgrammeBoard), ("exec", Role::Executive)],
        "groups",
    );
    for claims in [
        json!({ "sub": "s" }),
        json!({ "sub": "s", "groups": [] }),
        json!({ "sub": "s", "groups": ["staff"] }),
        json!({ "sub": "s", "groups": 7 }),
    ] {
        assert!(
            matches!(p.caller_of(&claims), Err(TokenError::NoRole { .. })),
            "{claims}"
        );
    }
    assert!(matches!(
        p.caller_of(&json!({ "sub": "s", "groups": "exec" })),
        Err(TokenError::Unusable(_))
    ));
    assert!(matches!(
        p.caller_of(&json!({ "sub": " ", "groups": "board" })),
        Err(TokenError::Unusable(_))
    ));
}

#[test]
fn issuers_must_be_https_except_on_this_machine() {
    let settings = |issuer: &str| ProviderSettings {
        issuer: issuer.into(),
        ..provider(&[], "role").settings.clone()
    };
    assert!(Provider::new(settings("http://login.example.nhs.uk")).is_err());
    assert!(Provider::new(settings("http://localhost.evil.example")).is_err());
    assert!(Provider::new(settings("http://127.0.0.1:8080/realms/test")).is_ok());
    assert!(Provider::new(settings("https://login.example.nhs.uk")).is_ok());
}
