//! Test databases: a fresh one per test (a PostgreSQL database when `TEST_DATABASE_URL` is
//! set, else a SQLite file), copied from a demo template made once per run, and removed after.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};

use realise_api::db::Db;
use sea_orm::ConnectionTrait;

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

pub(super) fn demo_template() -> &'static Template {
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
