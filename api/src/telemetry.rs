//! Structured logs with `tracing`, filtered by `RUST_LOG` (default `info`): JSON lines
//! (`REALISE_LOG_FORMAT=json`, the default when serving outside development mode) or text for
//! people (`text`, the default in development and for the other commands). Every line logged
//! while serving a request carries that request's id (see `http::request_context`). The
//! Prometheus metrics are in [`metrics`].

pub mod metrics;

use tracing_subscriber::EnvFilter;

/// How log lines are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogFormat {
    /// One JSON object per line, for log collectors.
    Json,
    /// Human-readable lines.
    Text,
}

impl LogFormat {
    /// `REALISE_LOG_FORMAT` when set (`json` or `text`), else `default`.
    pub fn from_env(default: LogFormat) -> LogFormat {
        match std::env::var("REALISE_LOG_FORMAT")
            .map(|v| v.trim().to_ascii_lowercase())
            .as_deref()
        {
            Ok("json") => LogFormat::Json,
            Ok("text") => LogFormat::Text,
            _ => default,
        }
    }
}

/// Installs the global subscriber; calling it twice is harmless (tests start many apps).
pub fn init(format: LogFormat) {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,sea_orm=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false)
        .with_writer(std::io::stderr);
    let _ = match format {
        LogFormat::Json => builder
            .json()
            .flatten_event(true)
            .with_current_span(true)
            .with_span_list(false)
            .try_init(),
        LogFormat::Text => builder
            .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
            .try_init(),
    };
}
