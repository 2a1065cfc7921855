//! The `realise` command line: it only parses arguments and wires configuration, telemetry and
//! the library in `api/` together.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};
use realise_api::app::Application;
use realise_api::auth::{AuthArgs, Role, TokenArgs};
use realise_api::config::{DEFAULT_SQLITE_PATH, DatabaseArgs, ServeArgs, Settings};
use realise_api::db::Db;
use realise_api::import::ods::{self, ExtractKind, ImportError};
use realise_api::import::{practice_map, reorganisation};
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

#[derive(Subcommand)]
enum ImportCommand {
    /// Import NHS ODS extracts: trusts (etr.csv) and GP practices (epraccur.csv).
    Ods {
        /// The trusts extract (etr.csv).
        #[arg(long)]
        trusts: Option<PathBuf>,
        /// The GP practices extract (epraccur.csv).
        #[arg(long)]
        practices: Option<PathBuf>,
        /// The date of the extracts (YYYY-MM-DD), which dates the changes they do not date
        /// themselves (default: the latest date each file holds).
        #[arg(long)]
        extract_date: Option<chrono::NaiveDate>,
    },
    /// Import the 2013 reorganisation (pct-ccg-2013.csv): the primary care trusts, closed on
    /// 2013-03-31, each SUCCEEDED_BY the clinical commissioning groups that took its area.
    PctCcg {
        /// The file (pct-ccg-2013.csv).
        file: PathBuf,
    },
    /// Import the practice map (gp-reg-pat-prac-map.csv): names for the networks, groups,
    /// STPs and regions, and the hierarchy practice -> network -> group -> STP -> region as at
    /// the file's date.
    PracticeMap {
        /// The file (gp-reg-pat-prac-map.csv).
        file: PathBuf,
    },
}

fn main() -> ExitCode {
    let _ = dotenvy::dotenv();
    let cli = Cli::parse();
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
                        "scale data set (seed {number}) loaded in {:.1} s: {} organisations, {} deployments, {} commitments, {} trajectory points, {} measurements",
                        report.elapsed.as_secs_f64(),
                        report.organisations,
                        report.deployments,
                        report.commitments,
                        report.trajectory_points,
                        report.measurements
                    );
                }
                None => {
                    seed::demo::load(&db).await?;
                    println!("demo data loaded");
                }
            }
            Ok(())
        }
        Command::Import(ImportCommand::Ods {
            trusts,
            practices,
            extract_date,
        }) => {
            anyhow::ensure!(
                trusts.is_some() || practices.is_some(),
                "give --trusts FILE, --practices FILE or both"
            );
            let db = Db::connect(&cli.database.url()).await?;
            db.migrate().await?;
            for (kind, path) in [
                (ExtractKind::Trusts, trusts),
                (ExtractKind::Practices, practices),
            ] {
                let Some(path) = path else { continue };
                let file = std::fs::File::open(&path)
                    .with_context(|| format!("opening {}", path.display()))?;
                match ods::import(&db, kind, std::io::BufReader::new(file), extract_date).await {
                    Ok(report) => {
                        for e in &report.errors {
                            eprintln!("{}:{}: skipped: {}", path.display(), e.line, e.reason);
                        }
                        for w in &report.warnings {
                            eprintln!("{}:{}: warning: {}", path.display(), w.line, w.reason);
                        }
                        println!(
                            "{}: {} rows, {} new, {} updated, {} unchanged, {} placeholders, {} relationships opened, {} closed, {} kinds changed, {} rows skipped, {} warnings (changes dated {})",
                            path.display(),
                            report.rows,
                            report.inserted,
                            report.updated,
                            report.unchanged,
                            report.placeholders_created,
                            report.relationships_opened,
                            report.relationships_closed,
                            report.kinds_changed,
                            report.errors.len(),
                            report.warnings.len(),
                            report
                                .extract_date
                                .map_or_else(|| "-".to_owned(), |d| d.to_string())
                        );
                    }
                    Err(ImportError::NotAnExtract(why)) => {
                        anyhow::bail!("{}: {why}", path.display())
                    }
                    Err(ImportError::Database(e)) => {
                        return Err(e.context(format!("importing {}", path.display())));
                    }
                }
            }
            Ok(())
        }
        Command::Import(ImportCommand::PctCcg { file }) => {
            let db = Db::connect(&cli.database.url()).await?;
            db.migrate().await?;
            let reader = std::fs::File::open(&file)
                .with_context(|| format!("opening {}", file.display()))?;
            let report = match reorganisation::import(&db, std::io::BufReader::new(reader)).await {
                Ok(report) => report,
                Err(reorganisation::ReorganisationError::NotTheFile(why)) => {
                    anyhow::bail!("{}: {why}; nothing was imported", file.display())
                }
                Err(reorganisation::ReorganisationError::Database(e)) => {
                    return Err(e.context(format!("importing {}", file.display())));
                }
            };
            for e in &report.errors {
                eprintln!("{}:{}: skipped: {}", file.display(), e.line, e.reason);
            }
            for w in &report.warnings {
                eprintln!("{}:{}: warning: {}", file.display(), w.line, w.reason);
            }
            println!(
                "{}: {} rows, {} organisations created, {} completed, {} successions recorded, {} rows skipped",
                file.display(),
                report.rows,
                report.created,
                report.completed,
                report.successions,
                report.errors.len()
            );
            Ok(())
        }
        Command::Import(ImportCommand::PracticeMap { file }) => {
            let db = Db::connect(&cli.database.url()).await?;
            db.migrate().await?;
            let reader = std::fs::File::open(&file)
                .with_context(|| format!("opening {}", file.display()))?;
            let report = match practice_map::import(&db, std::io::BufReader::new(reader)).await {
                Ok(report) => report,
                Err(practice_map::PracticeMapError::NotTheFile(why)) => {
                    anyhow::bail!("{}: {why}; nothing was imported", file.display())
                }
                Err(practice_map::PracticeMapError::Database(e)) => {
                    return Err(e.context(format!("importing {}", file.display())));
                }
            };
            for e in &report.errors {
                eprintln!("{}:{}: skipped: {}", file.display(), e.line, e.reason);
            }
            println!(
                "{}: {} rows, {} organisations created, {} completed, {} relationships opened, {} closed, {} rows skipped",
                file.display(),
                report.rows,
                report.inserted,
                report.updated,
                report.relationships_opened,
                report.relationships_closed,
                report.errors.len()
            );
            Ok(())
        }
    }
}
