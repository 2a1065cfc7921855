//! Downloads need a sign-in, say what is wrong with their query, and spend the caller's
//! budget like any read.

use serde_json::json;

use crate::exports::download;
use crate::helpers::TestApp;

#[actix_web::test]
async fn a_download_needs_a_sign_in_and_says_what_is_wrong_with_its_query() {
    let app = TestApp::spawn_with_demo().await;
    let board = app.token(realise_api::auth::Role::ProgrammeBoard, None);
    let (status, _, _) = download(&app, None, "programme=UHJvZ3JhbW1lOjE").await;
    assert_eq!(status, 401, "no sign-in, no register");
    let (status, _, _) = download(&app, Some("not-a-token"), "programme=UHJvZ3JhbW1lOjE").await;
    assert_eq!(status, 401);
    for (query, says) in [
        ("programme=UHJvZ3JhbW1lOjE&asAt=2010-13-01", "is not a date"),
        (
            "programme=UHJvZ3JhbW1lOjE&rag=PURPLE",
            "is not a RAG rating",
        ),
        (
            "programme=UHJvZ3JhbW1lOjE&status=LOST",
            "is not a commitment status",
        ),
        ("programme=UHJvZ3JhbW1lOjE&sort=NAME", "is not a sort"),
        ("programme=bm9wZQ", "not a valid id"),
    ] {
        let (status, body, _) = download(&app, Some(&board), query).await;
        let text = String::from_utf8_lossy(&body);
        assert_eq!(status, 400, "{query}: {text}");
        assert!(text.contains(says), "{query}: {text}");
    }
    let (status, _, _) = download(&app, Some(&board), "programme=UHJvZ3JhbW1lOjk5OTk").await;
    assert_eq!(status, 404, "no such programme");
    let unknown = app
        .request(
            awc::http::Method::GET,
            "/exports/register.pdf?programme=UHJvZ3JhbW1lOjE",
        )
        .insert_header(("authorization", format!("Bearer {board}")))
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status().as_u16(), 404, "no such format");
}

#[actix_web::test]
async fn downloads_spend_the_callers_budget() {
    // Room for one download (52,500 points) and a slow refill.
    let app = TestApp::spawn_with_budget(60_000.0, 1.0).await;
    let board = app.token(realise_api::auth::Role::ProgrammeBoard, None);
    let created = app
        .query(
            r#"mutation { createProgramme(input: { name: "Budgeted" }) { programme { id } } }"#,
            json!({}),
        )
        .await;
    let id = created["createProgramme"]["programme"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let (status, _, _) = download(&app, Some(&board), &format!("programme={id}")).await;
    assert_eq!(status, 200);
    let mut req = app.request(
        awc::http::Method::GET,
        &format!("/exports/register.xlsx?programme={id}"),
    );
    req = req.insert_header(("authorization", format!("Bearer {board}")));
    let res = req.send().await.unwrap();
    assert_eq!(res.status().as_u16(), 429, "the budget is spent");
    let wait: u64 = res
        .headers()
        .get("retry-after")
        .unwrap()
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(wait > 1, "{wait}");
}
