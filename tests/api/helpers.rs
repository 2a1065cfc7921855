//! The `TestApp`: a running server over a fresh database, and helpers to talk to it.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};

use realise_api::app::Application;
use realise_api::auth::{AuthArgs, Role, TokenArgs};
use realise_api::config::{DatabaseArgs, ServeArgs, Settings};
use realise_api::db::Db;
use sea_orm::ConnectionTrait;
use serde_json::{Value, json};

/// A database made for one test, dropped (PostgreSQL) or deleted (SQLite) afterwards.
pub struct TestDb {
    pub url: String,
    cleanup: Cleanup,
}

enum Cleanup {
    None,
    File(std::path::PathBuf),
    Database { admin_url: String, name: String },
}

impl Drop for TestDb {
    fn drop(&mut self) {
        match &self.cleanup {
            Cleanup::None => {}
            Cleanup::File(path) => {
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
                }
            }
            Cleanup::Database { admin_url, name } => {
                let (admin_url, name) = (admin_url.clone(), name.clone());
                // Drop runs outside any async context we can use: do it on a thread of its own.
                let _ = std::thread::spawn(move || {
                    let Ok(rt) = tokio::runtime::Builder::new_current_thread()
                        .enable_all()
                        .build()
                    else {
                        return;
                    };
                    rt.block_on(async {
                        if let Ok(admin) = sea_orm::Database::connect(&admin_url).await {
                            let _ = admin
                                .execute_unprepared(&format!(
                                    "DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"
                                ))
                                .await;
                            let _ = admin.close().await;
                        }
                    });
                })
                .join();
            }
        }
    }
}

/// A unique name for this process's test databases.
pub fn unique_name(prefix: &str) -> String {
    static SEQUENCE: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!(
        "{prefix}_{}_{}_{}",
        std::process::id(),
        nanos,
        SEQUENCE.fetch_add(1, Ordering::Relaxed)
    )
}

/// The PostgreSQL server to test against, when `TEST_DATABASE_URL` is set.
pub fn postgres_url() -> Option<String> {
    std::env::var("TEST_DATABASE_URL")
        .ok()
        .filter(|u| !u.trim().is_empty())
}

fn with_database(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, format!("?{q}")),
        None => (url, String::new()),
    };
    let base = match base.rfind('/') {
        Some(i) if i > base.find("://").map_or(0, |s| s + 2) => &base[..i],
        _ => base,
    };
    format!("{base}/{name}{query}")
}

static CREATE_LOCK: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// Whether a name made by [`unique_name`] belongs to a test process that has ended.
fn is_stale(name: &str) -> bool {
    let pid = name
        .split('.')
        .next()
        .unwrap_or(name)
        .rsplit('_')
        .nth(2)
        .and_then(|p| p.parse::<u32>().ok());
    pid.is_some_and(|pid| {
        pid != std::process::id() && !std::path::Path::new(&format!("/proc/{pid}")).exists()
    })
}

/// Removes what ended test runs left behind: the demo template lives in a static, which is
/// never dropped, and a killed run leaves everything. Runs once per test process.
async fn sweep_leftovers() {
    static SWEPT: tokio::sync::OnceCell<()> = tokio::sync::OnceCell::const_new();
    SWEPT
        .get_or_init(|| async {
            if let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) {
                for entry in entries.flatten() {
                    let name = entry.file_name().to_string_lossy().into_owned();
                    if name.starts_with("realise_test_") && is_stale(&name) {
                        let path = entry.path();
                        let _ = if path.is_dir() {
                            std::fs::remove_dir_all(path)
                        } else {
                            std::fs::remove_file(path)
                        };
                    }
                }
            }
            if let Some(admin_url) = postgres_url()
                && let Ok(admin) = sea_orm::Database::connect(&admin_url).await
            {
                let sql = "SELECT datname FROM pg_database WHERE datname LIKE 'realise\\_test\\_%'";
                let rows = admin
                    .query_all_raw(sea_orm::Statement::from_string(
                        admin.get_database_backend(),
                        sql,
                    ))
                    .await;
                for row in rows.unwrap_or_default() {
                    if let Ok(name) = row.try_get::<String>("", "datname")
                        && is_stale(&name)
                    {
                        let _ = admin
                            .execute_unprepared(&format!(
                                "DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"
                            ))
                            .await;
                    }
                }
                let _ = admin.close().await;
            }
        })
        .await;
}

impl TestDb {
    /// A handle on a database someone else owns and cleans up.
    pub fn borrowed(url: String) -> TestDb {
        TestDb {
            url,
            cleanup: Cleanup::None,
        }
    }

    /// A fresh, empty database, or a copy of `template` when given.
    pub async fn create(template: Option<&Template>) -> TestDb {
        sweep_leftovers().await;
        match postgres_url() {
            Some(admin_url) => {
                let name = unique_name("realise_test");
                // A PostgreSQL test that cannot connect fails: it never silently skips.
                let admin = sea_orm::Database::connect(&admin_url)
                    .await
                    .unwrap_or_else(|e| panic!("cannot connect to TEST_DATABASE_URL: {e}"));
                let sql = match template {
                    Some(Template::Database(t)) => {
                        format!("CREATE DATABASE \"{name}\" TEMPLATE \"{t}\"")
                    }
                    _ => format!("CREATE DATABASE \"{name}\""),
                };
                {
                    // Copies of one template cannot be made at the same time.
                    let _guard = CREATE_LOCK.lock().await;
                    admin
                        .execute_unprepared(&sql)
                        .await
                        .unwrap_or_else(|e| panic!("{sql}: {e}"));
                }
                let _ = admin.close().await;
                TestDb {
                    url: with_database(&admin_url, &name),
                    cleanup: Cleanup::Database { admin_url, name },
                }
            }
            None => {
                let path = std::env::temp_dir().join(format!("{}.db", unique_name("realise_test")));
                if let Some(Template::File(t)) = template {
                    std::fs::copy(t, &path)
                        .unwrap_or_else(|e| panic!("copying the demo template: {e}"));
                }
                TestDb {
                    url: format!("sqlite://{}?mode=rwc", path.display()),
                    cleanup: Cleanup::File(path),
                }
            }
        }
    }
}

/// A migrated database holding the demo data, made once per test run and copied per test.
pub enum Template {
    File(std::path::PathBuf),
    Database(String),
}

static DEMO: OnceLock<(Template, TestDb)> = OnceLock::new();

fn demo_template() -> &'static Template {
    &DEMO
        .get_or_init(|| {
            std::thread::spawn(|| {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .expect("a runtime");
                rt.block_on(async {
                    let db = TestDb::create(None).await;
                    let conn = Db::connect(&db.url).await.expect("connect to the template");
                    conn.migrate().await.expect("migrate the template");
                    realise_api::seed::demo::load(&conn)
                        .await
                        .expect("load the demo data");
                    let _ = conn.conn.close().await;
                    let template = match &db.cleanup {
                        Cleanup::Database { name, .. } => Template::Database(name.clone()),
                        Cleanup::File(path) => Template::File(path.clone()),
                        Cleanup::None => unreachable!("the template is always owned"),
                    };
                    (template, db)
                })
            })
            .join()
            .expect("building the demo template")
        })
        .0
}

/// The HS256 secret of test servers. TEST ONLY: never a real secret.
pub const TEST_SECRET: &str = "test-only-secret-of-the-realise-test-suite";

/// How test servers check tokens, unless a test says otherwise.
pub fn test_auth() -> AuthArgs {
    AuthArgs {
        jwt_secret: Some(TEST_SECRET.into()),
        ..AuthArgs::default()
    }
}

/// A running application.
pub struct TestApp {
    pub address: String,
    pub db: Db,
    client: awc::Client,
    auth: AuthArgs,
    admin: String,
    _database: TestDb,
}

impl TestApp {
    /// The application over an empty, migrated database.
    pub async fn spawn() -> TestApp {
        Self::start(TestDb::create(None).await).await
    }

    /// The application over a copy of the demo data.
    pub async fn spawn_with_demo() -> TestApp {
        let template = demo_template();
        Self::start(TestDb::create(Some(template)).await).await
    }

    /// The URL of the app's database.
    pub fn database_url(&self) -> String {
        self._database.url.clone()
    }

    /// The application over a database the test prepared.
    pub async fn start_on(database: TestDb) -> TestApp {
        Self::start(database).await
    }

    /// The application serving the front end from `dir`, over an empty database.
    pub async fn spawn_serving(dir: std::path::PathBuf) -> TestApp {
        Self::start_with(TestDb::create(None).await, dir).await
    }

    /// The application over a copy of the demo data, checking tokens as `auth` says.
    pub async fn spawn_with_demo_and_auth(auth: AuthArgs) -> TestApp {
        let dir = std::env::temp_dir().join("realise-no-front-end");
        Self::start_full(TestDb::create(Some(demo_template())).await, dir, auth).await
    }

    /// The application over an empty database, checking tokens as `auth` says.
    pub async fn spawn_with_auth(auth: AuthArgs) -> TestApp {
        let dir = std::env::temp_dir().join("realise-no-front-end");
        Self::start_full(TestDb::create(None).await, dir, auth).await
    }

    /// The application over a copy of the demo data whose requests may run for `ms`
    /// milliseconds.
    pub async fn spawn_with_request_timeout(ms: u64) -> TestApp {
        let dir = std::env::temp_dir().join("realise-no-front-end");
        let database = TestDb::create(Some(demo_template())).await;
        Self::start_configured(database, dir, test_auth(), |serve| {
            serve.request_timeout_ms = ms;
        })
        .await
    }

    /// The application over an empty database, each caller with a budget of `capacity` cost
    /// points refilled at `refill_per_second`.
    pub async fn spawn_with_budget(capacity: f64, refill_per_second: f64) -> TestApp {
        let dir = std::env::temp_dir().join("realise-no-front-end");
        Self::start_configured(TestDb::create(None).await, dir, test_auth(), |serve| {
            serve.cost_budget = capacity;
            serve.cost_refill_per_second = refill_per_second;
        })
        .await
    }

    /// The application over an empty database, whose live subscribers may fall `events`
    /// behind before they are closed.
    pub async fn spawn_with_live_buffer(events: usize) -> TestApp {
        let dir = std::env::temp_dir().join("realise-no-front-end");
        Self::start_configured(TestDb::create(None).await, dir, test_auth(), |serve| {
            serve.live.live_buffer = events;
        })
        .await
    }

    async fn start(database: TestDb) -> TestApp {
        Self::start_with(database, std::env::temp_dir().join("realise-no-front-end")).await
    }

    async fn start_with(database: TestDb, frontend_dir: std::path::PathBuf) -> TestApp {
        Self::start_full(database, frontend_dir, test_auth()).await
    }

    async fn start_full(
        database: TestDb,
        frontend_dir: std::path::PathBuf,
        auth: AuthArgs,
    ) -> TestApp {
        Self::start_configured(database, frontend_dir, auth, |_| {}).await
    }

    async fn start_configured(
        database: TestDb,
        frontend_dir: std::path::PathBuf,
        auth: AuthArgs,
        configure: impl FnOnce(&mut ServeArgs),
    ) -> TestApp {
        let mut serve = ServeArgs {
            workers: Some(1),
            frontend_dir,
            auth: auth.clone(),
            ..ServeArgs::default()
        };
        configure(&mut serve);
        let settings = Settings {
            database: DatabaseArgs {
                database_url: Some(database.url.clone()),
            },
            serve,
        };
        let app = Application::build(settings)
            .await
            .expect("the application starts");
        let address = format!("http://127.0.0.1:{}", app.port());
        let db = app.db().clone();
        actix_web::rt::spawn(app.run_until_stopped());
        let client = awc::Client::builder()
            .timeout(std::time::Duration::from_secs(60))
            .finish();
        // Servers checking only public-key tokens get no administrator token here.
        let admin = if auth.jwt_secret.is_some() {
            realise_api::auth::mint(&auth, &TokenArgs::default()).expect("an admin token")
        } else {
            String::new()
        };
        TestApp {
            address,
            db,
            client,
            auth,
            admin,
            _database: database,
        }
    }

    /// A token of this server for `role`, acting for the organisation with ODS code `org`.
    pub fn token(&self, role: Role, org: Option<&str>) -> String {
        self.token_of(&format!("test-{}", role.as_str().to_lowercase()), role, org)
    }

    /// Like [`Self::token`], for the subject `sub`.
    pub fn token_of(&self, sub: &str, role: Role, org: Option<&str>) -> String {
        let args = TokenArgs {
            role,
            org: org.map(str::to_owned),
            sub: Some(sub.to_owned()),
            ..TokenArgs::default()
        };
        realise_api::auth::mint(&self.auth, &args).expect("a token")
    }

    /// The default caller's token: an administrator's.
    pub fn admin_token(&self) -> String {
        self.admin.clone()
    }

    /// The `Authorization` header value of the default caller, an administrator.
    pub fn bearer(&self) -> String {
        format!("Bearer {}", self.admin)
    }

    /// GET a path; returns the status and the body.
    pub async fn get(&self, path: &str) -> (u16, String) {
        let mut res = self
            .client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .expect("GET");
        let body = res.body().limit(64 << 20).await.expect("body");
        (
            res.status().as_u16(),
            String::from_utf8_lossy(&body).into_owned(),
        )
    }

    /// Sends a raw request; returns the status, the content type and the body.
    pub async fn send(
        &self,
        req: awc::ClientRequest,
        body: Option<String>,
    ) -> (u16, String, String) {
        let mut res = match body {
            Some(b) => req.send_body(b).await,
            None => req.send().await,
        }
        .expect("request");
        let content_type = res
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_owned();
        let body = res.body().limit(64 << 20).await.expect("body");
        (
            res.status().as_u16(),
            content_type,
            String::from_utf8_lossy(&body).into_owned(),
        )
    }

    /// A request builder for this app.
    pub fn request(&self, method: awc::http::Method, path: &str) -> awc::ClientRequest {
        self.client
            .request(method, format!("{}{path}", self.address))
    }

    /// POSTs a GraphQL request as an administrator and returns the JSON response (whatever the
    /// status).
    pub async fn graphql(&self, query: &str, variables: Value) -> Value {
        let token = self.admin.clone();
        self.graphql_with(Some(&token), query, variables).await
    }

    /// POSTs a GraphQL request with `token`.
    pub async fn graphql_as(&self, token: &str, query: &str, variables: Value) -> Value {
        self.graphql_with(Some(token), query, variables).await
    }

    /// POSTs a GraphQL request without a token.
    pub async fn graphql_anonymous(&self, query: &str, variables: Value) -> Value {
        self.graphql_with(None, query, variables).await
    }

    /// Like [`Self::graphql_as`], and fails the test on any error; returns `data`.
    pub async fn query_as(&self, token: &str, query: &str, variables: Value) -> Value {
        let response = self.graphql_as(token, query, variables).await;
        data_of(response)
    }

    async fn graphql_with(&self, token: Option<&str>, query: &str, variables: Value) -> Value {
        self.post_graphql(token, query, variables, false).await
    }

    /// Like [`Self::graphql`], bypassing the response cache (`Cache-Control: no-cache`): for
    /// the tests that count the statements an execution makes.
    pub async fn graphql_uncached(&self, query: &str, variables: Value) -> Value {
        let token = self.admin.clone();
        self.post_graphql(Some(&token), query, variables, true)
            .await
    }

    /// Like [`Self::query`], bypassing the response cache.
    pub async fn query_uncached(&self, query: &str, variables: Value) -> Value {
        let response = self.graphql_uncached(query, variables).await;
        data_of(response)
    }

    async fn post_graphql(
        &self,
        token: Option<&str>,
        query: &str,
        variables: Value,
        uncached: bool,
    ) -> Value {
        let mut req = self
            .request(awc::http::Method::POST, "/graphql")
            .insert_header(("content-type", "application/json"))
            .insert_header(("accept", "application/graphql-response+json"));
        if uncached {
            req = req.insert_header(("cache-control", "no-cache"));
        }
        if let Some(token) = token {
            req = req.insert_header(("authorization", format!("Bearer {token}")));
        }
        let (_, _, body) = self
            .send(
                req,
                Some(json!({ "query": query, "variables": variables }).to_string()),
            )
            .await;
        serde_json::from_str(&body).unwrap_or_else(|e| panic!("not JSON ({e}): {body}"))
    }

    /// Like [`Self::graphql`], and fails the test on any error; returns `data`.
    pub async fn query(&self, query: &str, variables: Value) -> Value {
        let response = self.graphql(query, variables).await;
        data_of(response)
    }

    /// SQL statements the server has run so far.
    pub fn statements(&self) -> u64 {
        self.db.statement_count()
    }

    /// The global id of the organisation with this ODS code.
    pub async fn org_id(&self, code: &str) -> String {
        let data = self
            .query(
                "query($c: String!) { organisation(odsCode: $c) { id } }",
                json!({ "c": code }),
            )
            .await;
        data["organisation"]["id"]
            .as_str()
            .unwrap_or_else(|| panic!("no organisation {code}"))
            .to_owned()
    }
}

/// The `code` extension of the first error.
pub fn error_code(response: &Value) -> &str {
    response["errors"][0]["extensions"]["code"]
        .as_str()
        .unwrap_or("")
}

/// A response's `data`, failing the test on any error.
fn data_of(response: Value) -> Value {
    assert!(
        response.get("errors").is_none(),
        "unexpected errors: {response:#}"
    );
    response["data"].clone()
}
