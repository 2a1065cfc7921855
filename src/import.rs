//! `realise import`: the outside files the graph is built from, each in one transaction.

use std::path::PathBuf;

use anyhow::Context;
use clap::Subcommand;
use realise_api::db::Db;
use realise_api::import::ods::{self, ExtractKind, ImportError};
use realise_api::import::{practice_map, reorganisation};

#[derive(Subcommand)]
pub enum ImportCommand {
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

impl ImportCommand {
    /// Imports the files into `db`, reporting each file's counts and skipped rows.
    pub async fn run(self, db: &Db) -> anyhow::Result<()> {
        match self {
            Self::Ods {
                trusts,
                practices,
                extract_date,
            } => {
                anyhow::ensure!(
                    trusts.is_some() || practices.is_some(),
                    "give --trusts FILE, --practices FILE or both"
                );
                for (kind, path) in [
                    (ExtractKind::Trusts, trusts),
                    (ExtractKind::Practices, practices),
                ] {
                    let Some(path) = path else { continue };
                    let file = std::fs::File::open(&path)
                        .with_context(|| format!("opening {}", path.display()))?;
                    match ods::import(db, kind, std::io::BufReader::new(file), extract_date).await {
                        Ok(report) => {
                            for e in &report.errors {
                                eprintln!("{}:{}: skipped: {}", path.display(), e.line, e.reason);
                            }
                            for w in &report.warnings {
                                eprintln!("{}:{}: warning: {}", path.display(), w.line, w.reason);
                            }
                            println!(
                                "{}: {} rows, {} new, {} updated, {} unchanged, {} kept as a newer extract gave them, {} placeholders, {} relationships opened, {} closed, {} kinds changed, {} no longer listed, {} rows skipped, {} warnings (changes dated {})",
                                path.display(),
                                report.rows,
                                report.inserted,
                                report.updated,
                                report.unchanged,
                                report.older,
                                report.placeholders_created,
                                report.relationships_opened,
                                report.relationships_closed,
                                report.kinds_changed,
                                report.no_longer_listed,
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
            Self::PctCcg { file } => {
                let reader = std::fs::File::open(&file)
                    .with_context(|| format!("opening {}", file.display()))?;
                let report = match reorganisation::import(db, std::io::BufReader::new(reader)).await
                {
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
            Self::PracticeMap { file } => {
                let reader = std::fs::File::open(&file)
                    .with_context(|| format!("opening {}", file.display()))?;
                let report = match practice_map::import(db, std::io::BufReader::new(reader)).await {
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
}
