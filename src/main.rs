//! The `realise` command line: it only parses arguments and wires configuration, telemetry and
//! the library in `api/` together.

use std::path::PathBuf;
use std::process::ExitCode;

mod allocator;
mod import;

use import::ImportCommand;

use anyhow::Context;
use clap::{Parser, Subcommand};
use realise_api::app::Application;
use realise_api::auth::{AuthArgs, Role, TokenArgs};
use realise_api::config::{DEFAULT_SQLITE_PATH, DatabaseArgs, ServeArgs, Settings};
use realise_api::db::Db;
use realise_api::seed;
use realise_api::telemetry::{self, LogFormat};

/// Rust's allocations go to mimalloc: a request makes thousands of small ones on each worker
/// thread, and glibc's malloc spent about a fifth of the CPU of a page of organisations.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Realise: benefits realisation across a health system, as one GraphQL graph.
#[derive(Parser)]
#[command(name = "realise", version, about, long_about = None)]
struct Cli {
    #[command(flatten)]
    database: DatabaseArgs,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Migrate the database and serve the API, GraphiQL and the front end.
    Serve(ServeArgs),
    /// Apply every pending migration.
    Migrate,
    /// Load a data set into an empty database.
    Seed {
        /// The demo: the real ODS extracts and the National Programme for IT.
        #[arg(long, conflicts_with = "scale")]
        demo: bool,
        /// A generated data set at this scale, for benchmarks: `nhs` is every organisation of
        /// the ODS extracts and about 100,000 commitments with 24 measurements each.
        #[arg(long, value_enum)]
        scale: Option<Scale>,
        /// The seed number the scale data set is drawn from (the same number gives the same
        /// data).
        #[arg(long, default_value_t = 1, requires = "scale")]
        seed: u64,
    },
    /// Import outside data.
    #[command(subcommand)]
    Import(ImportCommand),
    /// Print a bearer token signed with the configured secret (REALISE_JWT_SECRET), e.g.
    /// `realise token --role EXECUTIVE --org RR8`.
    Token {
        #[command(flatten)]
        auth: AuthArgs,
        #[command(flatten)]
        token: TokenArgs,
    },
    /// Write the GraphQL schema (SDL) to a file, or to standard output with `-`.
    ExportSchema {
        /// Where to write it.
        #[arg(long, short, default_value = "schema.graphql")]
        output: PathBuf,
    },
}

/// The scales `seed --scale` knows.
#[derive(Clone, Copy, clap::ValueEnum)]
enum Scale {
    /// Every organisation in England's ODS extracts (about 100,000 commitments).
    Nhs,
}

fn main() -> ExitCode {
    let _ = dotenvy::dotenv();
    let cli = Cli::parse();
    if matches!(cli.command, Command::Serve(_)) {
        allocator::return_freed_memory_promptly();
    }
    // Servers outside development mode log JSON lines for collectors; people get text.
    let serving_for_real = matches!(&cli.command, Command::Serve(serve) if !serve.auth.dev);
    telemetry::init(LogFormat::from_env(if serving_for_real {
        LogFormat::Json
    } else {
        LogFormat::Text
    }));
    let runtime = actix_web::rt::System::new();
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!("{e:#}");
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// Refuses to mint an executive's token for an organisation the database does not hold (the
/// server would refuse the token). Without a database to ask (none named, and no embedded one
/// yet) or when it cannot be reached, it says so and lets the token be minted.
async fn check_organisation(database: &DatabaseArgs, code: &str) -> anyhow::Result<()> {
    let named = database
        .database_url
        .as_deref()
        .is_some_and(|u| !u.trim().is_empty());
    if !named && !std::path::Path::new(DEFAULT_SQLITE_PATH).exists() {
        eprintln!("note: no database to check that organisation {code} exists");
        return Ok(());
    }
    let url = database.url();
    let known: anyhow::Result<bool> = async {
        let db = Db::connect(&url).await?;
        Ok(realise_api::organisations::ods_code_exists(&db.conn, code).await?)
    }
    .await;
    match known {
        Ok(true) => Ok(()),
        Ok(false) => anyhow::bail!(
            "no organisation has the ODS code {code}: the server would refuse this token"
        ),
        Err(e) => {
            eprintln!("warning: could not check that organisation {code} exists: {e}");
            Ok(())
        }
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Serve(serve) => {
            let app = Application::build(Settings {
                database: cli.database,
                serve,
            })
            .await?;
            app.run_until_stopped().await.context("serving")
        }
        Command::Token { auth, token } => {
            if token.role == Role::Executive
                && let Some(code) = token.org.as_deref()
            {
                check_organisation(&cli.database, code).await?;
            }
            println!("{}", realise_api::auth::mint(&auth, &token)?);
            Ok(())
        }
        Command::ExportSchema { output } => {
            let sdl = realise_api::schema::sdl();
            if output.as_os_str() == "-" {
                print!("{sdl}");
            } else {
                std::fs::write(&output, sdl)
                    .with_context(|| format!("writing {}", output.display()))?;
                println!("schema written to {}", output.display());
            }
            Ok(())
        }
        Command::Migrate => {
            let db = Db::connect(&cli.database.url()).await?;
            db.migrate().await?;
            println!("migrations applied");
            Ok(())
        }
        Command::Seed {
            demo,
            scale,
            seed: number,
        } => {
            anyhow::ensure!(
                demo || scale.is_some(),
                "say which data set to load: --demo or --scale nhs"
            );
            let db = Db::connect(&cli.database.url()).await?;
            db.migrate().await?;
            anyhow::ensure!(
                seed::is_empty(&db).await?,
                "the database already holds organisations; data sets load into an empty one"
            );
            match scale {
                Some(Scale::Nhs) => {
                    let report = seed::scale::load(&db, number).await?;
                    println!(
                        "scale data set (seed {number}) loaded in {:.1} s: {} organisations, {} deployments, {} commitments, {} trajectory points, {} measurements, {} history rows",
                        report.elapsed.as_secs_f64(),
                        report.organisations,
                        report.deployments,
                        report.commitments,
                        report.trajectory_points,
                        report.measurements,
                        report.history
                    );
                }
                None => {
                    seed::demo::load(&db).await?;
                    println!("demo data loaded");
                }
            }
            Ok(())
        }
        Command::Import(command) => {
            let db = Db::connect(&cli.database.url()).await?;
            db.migrate().await?;
            command.run(&db).await
        }
    }
}
