//! The server's logs outside development mode: JSON lines, one per GraphQL request naming the
//! operation, its type, the caller, the status, the duration, the SQL statements it ran, the
//! cost and the error codes.
//! Runs the real binary, as an operator would, and reads what it writes to standard error.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use serde_json::{Value, json};

use crate::helpers::TEST_SECRET;

#[actix_web::test]
async fn each_graphql_request_logs_one_json_line() {
    let db = std::env::temp_dir().join(format!("realise-logs-{}.db", std::process::id()));
    let url = format!("sqlite://{}?mode=rwc", db.display());
    let mut server = Command::new(env!("CARGO_BIN_EXE_realise"))
        .args([
            "serve",
            "--bind",
            "127.0.0.1:0",
            "--frontend-dir",
            "/nonexistent",
        ])
        .env("DATABASE_URL", &url)
        .env("REALISE_JWT_SECRET", TEST_SECRET)
        .env_remove("REALISE_LOG_FORMAT")
        .env("RUST_LOG", "info")
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("the server starts");
    let (lines, received) = mpsc::channel::<String>();
    let stderr = server.stderr.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if lines.send(line).is_err() {
                break;
            }
        }
    });
    let next_json = |what: &str| -> Value {
        loop {
            let line = received
                .recv_timeout(Duration::from_secs(60))
                .unwrap_or_else(|_| panic!("no log line for {what}"));
            let parsed: Value = serde_json::from_str(&line)
                .unwrap_or_else(|e| panic!("a log line that is not JSON ({e}): {line}"));
            if parsed["message"].as_str().is_some_and(|m| m.contains(what)) {
                return parsed;
            }
        }
    };
    let listening = next_json("listening");
    let address = listening["address"].as_str().unwrap().to_owned();

    let token = Command::new(env!("CARGO_BIN_EXE_realise"))
        .args(["token", "--role", "PROGRAMME_BOARD", "--sub", "log-test"])
        .env("REALISE_JWT_SECRET", TEST_SECRET)
        .output()
        .expect("a token");
    let token = String::from_utf8(token.stdout).unwrap().trim().to_owned();
    let client = awc::Client::default();
    let body = json!({ "query": "query Dashboard { programmes { totalCount } nope }", "operationName": "Dashboard" });
    let _ = client
        .post(format!("{address}/graphql"))
        .insert_header(("authorization", format!("Bearer {token}")))
        .insert_header(("content-type", "application/json"))
        .send_body(body.to_string())
        .await
        .expect("a response");

    let line = next_json("graphql request");
    assert_eq!(line["operation"], "Dashboard", "{line}");
    assert_eq!(line["operation_type"], "query");
    assert_eq!(line["caller"], "log-test");
    assert_eq!(line["role"], "PROGRAMME_BOARD");
    assert_eq!(
        line["errors"], "BAD_USER_INPUT",
        "the unknown field: {line}"
    );
    assert!(line["duration_ms"].as_f64().is_some());
    assert!(line["status"].as_u64().is_some());
    assert!(line["level"].as_str().is_some() && line["timestamp"].as_str().is_some());
    assert_eq!(
        line["sql_statements"], 0,
        "a refused document reads nothing: {line}"
    );

    let body = json!({ "query": "query Count { programmes { totalCount } }" });
    let _ = client
        .post(format!("{address}/graphql"))
        .insert_header(("authorization", format!("Bearer {token}")))
        .insert_header(("content-type", "application/json"))
        .send_body(body.to_string())
        .await
        .expect("a response");
    let line = next_json("graphql request");
    assert_eq!(line["operation"], "Count", "{line}");
    assert_eq!(line["errors"], "", "{line}");
    assert!(
        line["sql_statements"].as_u64().is_some_and(|n| n > 0),
        "the count's statements are counted: {line}"
    );

    let _ = server.kill();
    let _ = server.wait();
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
    }
}
