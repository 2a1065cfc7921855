//! The `TestApp`: a running server over a fresh database (made by [`database`]), and the
//! requests a test makes of it ([`requests`]).

mod database;
mod requests;

use realise_api::app::Application;
use realise_api::auth::{AuthArgs, Role, TokenArgs};
use realise_api::config::{DatabaseArgs, ServeArgs, Settings};
use realise_api::db::Db;

use database::demo_template;
pub use database::{TestDb, postgres_url, unique_name};
pub use requests::error_code;

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
    /// An administrator's token, which requests carry unless told otherwise.
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
                db_pool_size: None,
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
}
