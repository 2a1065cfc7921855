//! GraphQL over HTTP: media types, status codes, methods, sizes, limits and error hygiene.

use awc::http::Method;
use sea_orm::ConnectionTrait;
use serde_json::{Value, json};

use crate::helpers::{TestApp, error_code};

const GRAPHQL_RESPONSE: &str = "application/graphql-response+json";

async fn post(app: &TestApp, accept: &str, body: &str) -> (u16, String, Value) {
    let req = app
        .request(Method::POST, "/graphql")
        .insert_header(("authorization", app.bearer()))
        .insert_header(("content-type", "application/json"))
        .insert_header(("accept", accept));
    let (status, content_type, body) = app.send(req, Some(body.to_owned())).await;
    (
        status,
        content_type,
        serde_json::from_str(&body).unwrap_or(Value::Null),
    )
}

#[actix_web::test]
async fn the_response_media_type_follows_accept() {
    let app = TestApp::spawn().await;
    let body = json!({ "query": "{ programmes { totalCount } }" }).to_string();
    let (status, content_type, json) = post(&app, GRAPHQL_RESPONSE, &body).await;
    assert_eq!((status, content_type.as_str()), (200, GRAPHQL_RESPONSE));
    assert_eq!(json["data"]["programmes"]["totalCount"], 0);
    let (status, content_type, _) = post(&app, "application/json", &body).await;
    assert_eq!((status, content_type.as_str()), (200, "application/json"));
}

#[actix_web::test]
async fn requests_that_cannot_be_parsed_or_validated_are_4xx() {
    let app = TestApp::spawn().await;
    let syntax = json!({ "query": "{ programmes { " }).to_string();
    let (status, _, json) = post(&app, GRAPHQL_RESPONSE, &syntax).await;
    assert_eq!(status, 400, "{json}");
    assert_eq!(error_code(&json), "BAD_USER_INPUT");
    // Legacy `application/json` clients get 200 for a well-formed request, as the spec says.
    let (status, _, json) = post(&app, "application/json", &syntax).await;
    assert_eq!(status, 200);
    assert!(json["errors"].is_array());

    let unknown_field = json!({ "query": "{ programmes { nope } }" }).to_string();
    let (status, _, json) = post(&app, GRAPHQL_RESPONSE, &unknown_field).await;
    assert_eq!(status, 400, "{json}");

    let (status, _, _) = post(&app, GRAPHQL_RESPONSE, "this is not json").await;
    assert_eq!(status, 400);
    let (status, _, _) = post(&app, GRAPHQL_RESPONSE, "{\"variables\": {}}").await;
    assert_eq!(status, 400);

    let req = app
        .request(Method::POST, "/graphql")
        .insert_header(("content-type", "text/plain"));
    let (status, _, _) = app
        .send(req, Some("{ programmes { totalCount } }".into()))
        .await;
    assert_eq!(status, 415);
}

#[actix_web::test]
async fn get_serves_queries_and_graphiql_but_never_mutations() {
    let app = TestApp::spawn().await;
    let req = app
        .request(
            Method::GET,
            "/graphql?query=%7Bprogrammes%7BtotalCount%7D%7D",
        )
        .insert_header(("authorization", app.bearer()))
        .insert_header(("accept", GRAPHQL_RESPONSE));
    let (status, _, body) = app.send(req, None).await;
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("\"totalCount\":0"));

    let req = app
        .request(Method::GET, "/graphql?query=mutation%7Bx%7D")
        .insert_header(("accept", GRAPHQL_RESPONSE));
    let (status, _, _) = app.send(req, None).await;
    assert_eq!(status, 405);

    // A browser is sent to the front end's own GraphiQL, which loads nothing from a CDN.
    let browser = awc::Client::builder().disable_redirects().finish();
    let res = browser
        .get(format!("{}/graphql", app.address))
        .insert_header(("accept", "text/html"))
        .send()
        .await
        .expect("a response");
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(
        res.headers().get("location").and_then(|v| v.to_str().ok()),
        Some("/graphiql")
    );
}

#[actix_web::test]
async fn the_schema_downloads_as_the_exported_sdl() {
    let app = TestApp::spawn().await;
    let (status, content_type, body) = app
        .send(app.request(Method::GET, "/schema.graphql"), None)
        .await;
    assert_eq!(status, 200);
    assert!(content_type.starts_with("text/plain"), "{content_type}");
    assert_eq!(body, realise_api::schema::sdl());
}

#[actix_web::test]
async fn oversized_bodies_are_refused_with_413() {
    let app = TestApp::spawn().await;
    let padding = " ".repeat(realise_api::schema::http::MAX_BODY_BYTES + 1);
    let body =
        json!({ "query": format!("{{ programmes {{ totalCount }} }}{padding}") }).to_string();
    let req = app
        .request(Method::POST, "/graphql")
        .insert_header(("content-type", "application/json"));
    let (status, _, _) = app.send(req, Some(body)).await;
    assert_eq!(status, 413);
}

#[actix_web::test]
async fn limits_stop_a_request_before_any_data_is_read() {
    let app = TestApp::spawn().await;
    let deep = "{ organisations { edges { node { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } } } } } } } } }";
    let before = app.statements();
    let response = app.graphql(deep, json!({})).await;
    assert!(
        response["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("nested too deep"),
        "{response}"
    );
    assert_eq!(app.statements(), before, "no SQL ran");

    let costly = "{ organisations(first: 100) { edges { node { children(first: 100) { edges { node { children(first: 100) { edges { node { name } } } } } } } } } }";
    let response = app.graphql(costly, json!({})).await;
    assert!(
        response["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("complex"),
        "{response}"
    );
    assert_eq!(app.statements(), before, "no SQL ran");

    // Refused by the resolver, once execution started: bypassing the response cache, which
    // reads the graph version as an execution starts.
    let response = app
        .graphql_uncached("{ organisations(first: 101) { totalCount } }", json!({}))
        .await;
    assert_eq!(error_code(&response), "BAD_USER_INPUT", "{response}");
    assert!(
        response["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("between 0 and 100")
    );
    assert_eq!(app.statements(), before, "no SQL ran");
}

#[actix_web::test]
async fn unknown_ids_are_null_and_malformed_ids_are_bad_input() {
    let app = TestApp::spawn().await;
    // A well-formed id of an organisation that does not exist.
    let unknown = "T3JnYW5pc2F0aW9uOjk5OTk5OTk"; // Organisation:9999999
    let data = app
        .query(
            "query($id: ID!) { node(id: $id) { id } }",
            json!({ "id": unknown }),
        )
        .await;
    assert_eq!(data["node"], Value::Null);
    let response = app
        .graphql(
            "query($id: ID!) { node(id: $id) { id } }",
            json!({ "id": "not-an-id!" }),
        )
        .await;
    assert_eq!(error_code(&response), "BAD_USER_INPUT", "{response}");
    let response = app
        .graphql(
            "{ commitments(filter: {organisation: \"QmVuZWZpdDox\"}) { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(
        error_code(&response),
        "BAD_USER_INPUT",
        "a benefit's id where an organisation's is wanted: {response}"
    );
}

#[actix_web::test]
async fn database_errors_are_internal_and_say_nothing_of_the_database() {
    let app = TestApp::spawn().await;
    app.db
        .conn
        .execute_unprepared("DROP TABLE readiness_gates")
        .await
        .unwrap();
    app.db.conn.execute_unprepared("INSERT INTO services (name, lifecycle, value_type, reach) VALUES ('X', 'LIVE', 'WORKING_SMARTER', 'INTERNAL')").await.unwrap();
    app.db
        .conn
        .execute_unprepared(
            "INSERT INTO organisations (name, kind, status) VALUES ('Org', 'NHS_TRUST', 'ACTIVE')",
        )
        .await
        .unwrap();
    app.db.conn.execute_unprepared("INSERT INTO deployments (service_id, organisation_id, status) SELECT s.id, o.id, 'LIVE' FROM services s, organisations o").await.unwrap();
    let response = app
        .graphql(
            "{ deployments { edges { node { readinessGates { name } } } } }",
            json!({}),
        )
        .await;
    assert_eq!(error_code(&response), "INTERNAL", "{response}");
    let text = response.to_string().to_lowercase();
    for leak in ["readiness_gates", "table", "sql", "select"] {
        assert!(
            !text.contains(leak),
            "the response leaks {leak:?}: {response}"
        );
    }
}

#[actix_web::test]
async fn a_body_without_a_query_and_a_failed_parse_carry_no_data() {
    let app = TestApp::spawn().await;
    for body in ["{}", r#"{"query": ""}"#, r#"{"query": "   "}"#] {
        let (status, _, json) = post(&app, GRAPHQL_RESPONSE, body).await;
        assert_eq!(status, 400, "{body}: {json}");
        assert_eq!(error_code(&json), "BAD_USER_INPUT");
    }
    let syntax = json!({ "query": "{ programmes { " }).to_string();
    let (status, _, json) = post(&app, GRAPHQL_RESPONSE, &syntax).await;
    assert_eq!(status, 400);
    assert!(json.get("data").is_none(), "no data key: {json}");
}

#[actix_web::test]
async fn only_the_canonical_form_of_a_global_id_decodes() {
    let app = TestApp::spawn().await;
    let q = "query($id: ID!) { node(id: $id) { id } }";
    let id = |text: &str| realise_api::graphql::ids::encode(text.as_bytes());
    let canonical = app.graphql(q, json!({ "id": id("Programme:1") })).await;
    assert!(canonical.get("errors").is_none(), "{canonical}");
    for spelling in ["Programme:01", "Programme:+1", "Programme: 1"] {
        let response = app.graphql(q, json!({ "id": id(spelling) })).await;
        assert_eq!(
            error_code(&response),
            "BAD_USER_INPUT",
            "{spelling}: {response}"
        );
    }
}

#[actix_web::test]
async fn ten_thousand_repeated_mistakes_make_at_most_fifty_errors() {
    let app = TestApp::spawn().await;
    let directives = "@nope ".repeat(10_000);
    let body = json!({ "query": format!("{{ programmes {directives} {{ totalCount }} }}") });
    let (status, _, json) = post(&app, GRAPHQL_RESPONSE, &body.to_string()).await;
    assert_eq!(status, 400, "{json}");
    let errors = json["errors"].as_array().unwrap();
    assert!(errors.len() <= 50, "{} errors", errors.len());
    assert!(
        errors.last().unwrap()["message"]
            .as_str()
            .unwrap()
            .contains("more errors were left out"),
        "the last error says how many were left out"
    );
}

#[actix_web::test]
async fn a_request_past_its_deadline_is_stopped_with_timeout() {
    // Three dates of derived figures are three snapshot builds, one after another: far more
    // than a millisecond on any machine.
    let heavy = json!({ "query": r#"{ programmes(first: 1) { edges { node {
        a: realisation(asAt: "2005-01-01") { liveCommitments }
        b: realisation(asAt: "2008-01-01") { liveCommitments }
        c: realisation(asAt: "2011-01-01") { liveCommitments } } } } }"# })
    .to_string();
    let app = TestApp::spawn_with_request_timeout(1).await;
    let (status, _, json) = post(&app, GRAPHQL_RESPONSE, &heavy).await;
    assert_eq!(status, 503, "{json}");
    assert_eq!(error_code(&json), "TIMEOUT");
    assert!(json.get("data").is_none_or(Value::is_null));
    // A generous deadline answers the same request.
    let app = TestApp::spawn_with_request_timeout(10_000).await;
    let (status, _, json) = post(&app, GRAPHQL_RESPONSE, &heavy).await;
    assert_eq!(status, 200, "{json}");
    assert!(json["data"]["programmes"]["edges"][0]["node"]["c"]["liveCommitments"].is_number());
}
