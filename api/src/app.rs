//! Building and running the application: connect and migrate, bind first (so a caller asking
//! for port 0 learns the real port before serving), then serve.

use std::net::TcpListener;
use std::time::Duration;

use actix_http::HttpService;
use actix_service::{fn_service, map_config};
use actix_web::dev::{AppConfig, Server};
use actix_web::middleware::{Compress, from_fn};
use actix_web::{App, web};
use anyhow::Context;

use crate::config::Settings;
use crate::db::Db;
use crate::graphql;
use crate::http;
use crate::schema::{self, http::GraphqlSettings};
use crate::seed;
use crate::telemetry::metrics::Metrics;

/// A bound, ready-to-run server.
pub struct Application {
    server: Server,
    port: u16,
    db: Db,
}

impl Application {
    /// Connects to and migrates the database, loads the demo data when asked and the database
    /// is empty, and binds the listener.
    pub async fn build(settings: Settings) -> anyhow::Result<Self> {
        // Checked first: a server that cannot authenticate anyone should not start at all.
        let (verifier, dev_secret) = settings
            .serve
            .auth
            .verifier()
            .context("configuring bearer tokens")?;
        let db =
            Db::connect_pooled(&settings.database.url(), settings.database.db_pool_size).await?;
        db.migrate().await?;
        if settings.serve.demo && seed::is_empty(&db).await? {
            tracing::info!("empty database: loading the demo data");
            seed::demo::load(&db)
                .await
                .context("loading the demo data")?;
        }
        let listener = TcpListener::bind(&settings.serve.bind)
            .with_context(|| format!("binding {}", settings.serve.bind))?;
        let port = listener.local_addr()?.port();
        let server = serve(listener, db.clone(), &settings.serve, verifier)?;
        let address = listener_address(&settings.serve.bind, port);
        tracing::info!(address = %address, "Realise is listening");
        if let Some(secret) = dev_secret {
            let token = secret.admin_token(&settings.serve.auth)?;
            tracing::warn!("development mode: tokens are signed with a development secret");
            eprintln!(
                "\nDevelopment mode: sign in as an administrator at\n  {address}/?token={token}\n"
            );
        }
        Ok(Self { server, port, db })
    }

    /// The port actually bound.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The application's database (tests read its statement counter).
    pub fn db(&self) -> &Db {
        &self.db
    }

    /// Serves until the process is stopped.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}

fn serve(
    listener: TcpListener,
    db: Db,
    settings: &crate::config::ServeArgs,
    verifier: crate::auth::Verifier,
) -> anyhow::Result<Server> {
    let graphql_settings = GraphqlSettings {
        batch_delay: Duration::from_micros(settings.batch_delay_us),
        deadline: Duration::from_millis(settings.request_timeout_ms),
    };
    let budget = graphql::cost::Budget {
        capacity: settings.cost_budget,
        refill_per_second: settings.cost_refill_per_second,
    };
    let frontend_dir = settings.frontend_dir.clone();
    let verifier = web::Data::new(verifier);
    // Trusted identity providers' keys: fetched now, then on a schedule.
    actix_web::rt::spawn(verifier.clone().into_inner().keep_keys_fresh());
    // The instance's derived figures, shared by its workers and checked against the data
    // version before each use.
    let snapshots = crate::realisation::SnapshotCache::default();
    // Answers to repeated reads, served while the graph version they were computed under is
    // current, whichever instance moved it.
    let responses =
        schema::http::ResponseCache::new(settings.response_cache_mib, Default::default());
    let metrics = web::Data::new(Metrics::new(&db, snapshots.stats(), responses.stats()));
    // The instance's one reader of committed changes, for live updates.
    let feed = web::Data::from(crate::live::Feed::start(
        db.clone(),
        crate::live::FeedSettings {
            buffer: settings.live.live_buffer,
            ..Default::default()
        },
    ));
    let connections = web::Data::new(schema::live::Connections::default());
    let live_limits = web::Data::new(settings.live);
    let responses = web::Data::new(responses);
    let snapshots = web::Data::new(snapshots);
    let db = web::Data::new(db);
    let budgets = std::sync::Arc::new(graphql::cost::Budgets::new(budget));
    let documents = web::Data::new(crate::graphql::documents::Documents::default());
    let graph = web::Data::new(schema::build_graph(
        budgets.clone(),
        documents.get_ref().clone(),
    ));
    let budgets = web::Data::from(budgets);
    let graphql_settings = web::Data::new(graphql_settings);
    // A WebSocket upgrade leaves actix-web's routes: actix-http hands the connection itself
    // to the socket, which then holds no HTTP buffers while idle.
    let socket = schema::live::socket::Socket {
        schema: web::Data::new(graph.checking.clone()),
        db: db.clone(),
        settings: graphql_settings.clone(),
        verifier: verifier.clone(),
        snapshots: snapshots.clone(),
        feed: feed.clone(),
        connections: connections.clone(),
        limits: live_limits.clone(),
    };
    let app = move || {
        App::new()
            .app_data(db.clone())
            .app_data(snapshots.clone())
            .app_data(responses.clone())
            .app_data(metrics.clone())
            .app_data(graph.clone())
            .app_data(budgets.clone())
            .app_data(graphql_settings.clone())
            .app_data(verifier.clone())
            .app_data(feed.clone())
            .app_data(connections.clone())
            .app_data(documents.clone())
            .app_data(live_limits.clone())
            .wrap(Compress::default())
            .wrap(from_fn(http::request_context))
            .configure(schema::http::routes)
            .configure(crate::exports::routes)
            .configure(crate::returns::routes)
            .configure(crate::auth::routes)
            .configure(|cfg| http::routes(cfg, &frontend_dir))
    };
    let address = listener.local_addr()?;
    let mut server = actix_server::Server::build();
    if let Some(workers) = settings.workers {
        server = server.workers(workers);
    }
    let server = server.listen("realise", listener, move || {
        let socket = socket.clone();
        // As actix-web's HttpServer sets them, but for the upgrade.
        HttpService::build()
            .client_request_timeout(Duration::from_secs(5))
            .client_disconnect_timeout(Duration::from_secs(1))
            .local_addr(address)
            .upgrade(fn_service(move |(req, framed)| {
                schema::live::accept(req, framed, socket.clone())
            }))
            .finish(map_config(app(), |()| AppConfig::default()))
            .tcp()
    })?;
    Ok(server.run())
}

fn listener_address(bind: &str, port: u16) -> String {
    match bind.rsplit_once(':') {
        Some((host, _)) => format!("http://{host}:{port}"),
        None => format!("http://{bind}"),
    }
}
