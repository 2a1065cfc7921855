//! The register download's query string, checked into a query: the programme, the as-at
//! date and the register page's filters.

use chrono::NaiveDate;
use entity::enums::CommitmentStatus;
use serde::Deserialize;

use crate::analytics;
use crate::graphql::ids::{NodeType, decode_as};
use crate::schema::realisation::register::{RegisterOrder, RegisterSort, SortDirection};

use super::columns::{RAGS, rag_name};

/// The query string: the register page's filters.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Params {
    programme: String,
    as_at: Option<String>,
    benefit: Option<String>,
    within: Option<String>,
    /// Comma-separated RAG ratings.
    rag: Option<String>,
    /// Comma-separated statuses.
    status: Option<String>,
    sort: Option<String>,
    descending: Option<bool>,
}

/// The parameters, checked.
pub struct Query {
    pub(super) programme: i32,
    pub(super) as_at: NaiveDate,
    pub(super) benefit: Option<i32>,
    pub(super) within: Option<i32>,
    pub(super) rags: Option<Vec<analytics::Rag>>,
    pub(super) statuses: Option<Vec<CommitmentStatus>>,
    pub(super) order: RegisterOrder,
    /// The filters as given, for the file's first rows.
    pub(super) described: Vec<(String, String)>,
}

impl Query {
    pub(super) fn of(p: &Params) -> Result<Self, String> {
        let id = |text: &str, t: NodeType| decode_as(&text.into(), t).map_err(|e| e.to_string());
        let list = |text: &Option<String>| -> Option<Vec<String>> {
            text.as_deref()
                .filter(|t| !t.trim().is_empty())
                .map(|t| t.split(',').map(|v| v.trim().to_uppercase()).collect())
        };
        let enum_of = |v: &str, what: &str| {
            serde_json::from_value(serde_json::Value::String(v.to_owned()))
                .map_err(|_| format!("{v:?} is not a {what}"))
        };
        let as_at = match p.as_at.as_deref().filter(|d| !d.is_empty()) {
            Some(d) => NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .map_err(|_| format!("asAt {d:?} is not a date: expected YYYY-MM-DD"))?,
            None => chrono::Utc::now().date_naive(),
        };
        let rags = list(&p.rag)
            .map(|vs| {
                vs.iter()
                    .map(|v| {
                        RAGS.into_iter()
                            .find(|r| rag_name(*r) == v)
                            .ok_or_else(|| format!("{v:?} is not a RAG rating"))
                    })
                    .collect::<Result<Vec<_>, _>>()
            })
            .transpose()?;
        let statuses = list(&p.status)
            .map(|vs| {
                vs.iter()
                    .map(|v| enum_of(v, "commitment status"))
                    .collect::<Result<Vec<_>, _>>()
            })
            .transpose()?;
        let by = match p.sort.as_deref().map(str::to_uppercase).as_deref() {
            None | Some("" | "BENEFIT") => RegisterSort::Benefit,
            Some("RAG") => RegisterSort::Rag,
            Some("VARIANCE") => RegisterSort::Variance,
            Some("PROGRESS") => RegisterSort::Progress,
            Some(other) => {
                return Err(format!(
                    "{other:?} is not a sort (BENEFIT, RAG, VARIANCE or PROGRESS)"
                ));
            }
        };
        let direction = if p.descending == Some(true) {
            SortDirection::Descending
        } else {
            SortDirection::Ascending
        };
        let mut described = Vec::new();
        for (name, value) in [
            ("Benefit", &p.benefit),
            ("Within", &p.within),
            ("RAG", &p.rag),
            ("Status", &p.status),
            ("Sorted by", &p.sort),
        ] {
            if let Some(v) = value.as_deref().filter(|v| !v.trim().is_empty()) {
                described.push((name.to_owned(), v.to_owned()));
            }
        }
        Ok(Self {
            programme: id(&p.programme, NodeType::Programme)?,
            as_at,
            benefit: p
                .benefit
                .as_deref()
                .filter(|b| !b.is_empty())
                .map(|b| id(b, NodeType::Benefit))
                .transpose()?,
            within: p
                .within
                .as_deref()
                .filter(|w| !w.is_empty())
                .map(|w| id(w, NodeType::Organisation))
                .transpose()?,
            rags,
            statuses,
            order: RegisterOrder { by, direction },
            described,
        })
    }
}

pub(super) fn file_name(programme: &str, as_at: NaiveDate) -> String {
    let slug: String = programme
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    format!(
        "{}-{as_at}",
        slug.split('-')
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("-")
    )
}
