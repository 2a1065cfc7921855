//! Structured logs with `tracing`: human-readable by default, JSON with `REALISE_LOG_FORMAT=json`,
//! filtered by `RUST_LOG` (default `info`). Every line logged while serving a request carries
//! that request's id (see `http::request_context`).

use tracing_subscriber::EnvFilter;

/// Installs the global subscriber; calling it twice is harmless (tests start many apps).
pub fn init() {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,sea_orm=warn"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_writer(std::io::stderr)
        .try_init();
}
