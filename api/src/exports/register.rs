//! `GET /exports/register.csv` and `.xlsx`: the benefits register of a programme as at a date,
//! filtered and sorted as the register page and `Programme.register` are, one row per
//! commitment. The first rows say what it is: the programme, the date and the filters.

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::NaiveDate;
use entity::enums::CommitmentStatus;
use entity::{commitment, organisation, person};
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};
use serde::Deserialize;

use crate::analytics;
use crate::auth::Verifier;
use crate::db::Db;
use crate::graphql::cost::Budgets;
use crate::graphql::ids::{NodeType, decode_as};
use crate::realisation::SnapshotCache;
use crate::realisation::snapshot::Snapshot;
use crate::schema::realisation::register::{
    RegisterOrder, RegisterSort, SortDirection, select, status_of,
};

use super::table::{Cell, Table};

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

/// How many ids go into one `IN (...)`: well inside SQLite's limit on bound parameters.
const CHUNK: usize = 5_000;

/// What a download costs from the caller's budget: a snapshot, and as much again as the most
/// costly query allowed (the whole register, where a query reads a page). With the default
/// budget a caller can take about twenty at once, then one every five seconds.
const EXPORT_COST: usize = crate::graphql::cost::SNAPSHOT_COST + crate::graphql::MAX_COMPLEXITY;

fn problem(status: StatusCode, message: &str) -> HttpResponse {
    HttpResponse::build(status)
        .content_type("text/plain; charset=utf-8")
        .body(format!("{message}\n"))
}

/// The file formats offered.
#[derive(Clone, Copy, Debug)]
pub enum Format {
    /// RFC 4180 CSV.
    Csv,
    /// An Excel workbook.
    Xlsx,
}

/// What a download needs of the application.
pub struct Services {
    db: web::Data<Db>,
    snapshots: web::Data<SnapshotCache>,
    verifier: web::Data<Verifier>,
    budgets: web::Data<Budgets>,
}

impl actix_web::FromRequest for Services {
    type Error = actix_web::Error;
    type Future = std::future::Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut actix_web::dev::Payload) -> Self::Future {
        use crate::http::app_data;
        std::future::ready((|| {
            Ok(Self {
                db: app_data(req)?,
                snapshots: app_data(req)?,
                verifier: app_data(req)?,
                budgets: app_data(req)?,
            })
        })())
    }
}

/// The CSV download.
pub async fn csv(req: HttpRequest, params: web::Query<Params>, services: Services) -> HttpResponse {
    download(req, params, services, Format::Csv).await
}

/// The workbook download.
pub async fn xlsx(
    req: HttpRequest,
    params: web::Query<Params>,
    services: Services,
) -> HttpResponse {
    download(req, params, services, Format::Xlsx).await
}

async fn download(
    req: HttpRequest,
    params: web::Query<Params>,
    services: Services,
    format: Format,
) -> HttpResponse {
    let Services {
        db,
        snapshots,
        verifier,
        budgets,
    } = services;
    let header = req
        .headers()
        .get("authorization")
        .and_then(|v| v.to_str().ok());
    let verified = verifier.verify_header(header).await;
    let caller = match crate::auth::admit(&verifier, &db.conn, verified).await {
        Ok(caller) => caller,
        Err(refusal) => {
            let status = StatusCode::from_u16(refusal.status).unwrap_or(StatusCode::UNAUTHORIZED);
            return problem(status, &refusal.message);
        }
    };
    let query = match Query::of(&params) {
        Ok(q) => q,
        Err(why) => return problem(StatusCode::BAD_REQUEST, &why),
    };
    if let Err(wait) = budgets.spend(&caller.subject, EXPORT_COST) {
        let seconds = wait.ceil().max(1.0) as u64;
        let mut refused = problem(
            StatusCode::TOO_MANY_REQUESTS,
            &format!("your request budget is spent: try again in {seconds} s"),
        );
        if let Ok(value) = actix_web::http::header::HeaderValue::from_str(&seconds.to_string()) {
            refused
                .headers_mut()
                .insert(actix_web::http::header::RETRY_AFTER, value);
        }
        return refused;
    }
    let table = match build(&db, &snapshots, &query).await {
        Ok(Some(table)) => table,
        Ok(None) => return problem(StatusCode::NOT_FOUND, "no programme has that id"),
        Err(e) => {
            tracing::error!(error = %e, "exporting the register");
            return problem(
                StatusCode::SERVICE_UNAVAILABLE,
                "the register could not be read: try again shortly",
            );
        }
    };
    let (body, media, extension) = match format {
        Format::Csv => (super::csv::write(&table), "text/csv; charset=utf-8", "csv"),
        Format::Xlsx => match super::xlsx::write(&table) {
            Ok(body) => (
                body,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "xlsx",
            ),
            Err(e) => {
                tracing::error!(error = %e, "writing the register workbook");
                return problem(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "the workbook could not be written",
                );
            }
        },
    };
    HttpResponse::Ok()
        .content_type(media)
        .insert_header((
            "content-disposition",
            format!("attachment; filename=\"{}.{extension}\"", table.file_stem),
        ))
        .insert_header(("cache-control", "no-store"))
        .body(body)
}

/// The parameters, checked.
struct Query {
    programme: i32,
    as_at: NaiveDate,
    benefit: Option<i32>,
    within: Option<i32>,
    rags: Option<Vec<analytics::Rag>>,
    statuses: Option<Vec<CommitmentStatus>>,
    order: RegisterOrder,
    /// The filters as given, for the file's first rows.
    described: Vec<(String, String)>,
}

impl Query {
    fn of(p: &Params) -> Result<Self, String> {
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

fn file_name(programme: &str, as_at: NaiveDate) -> String {
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

/// The register as a table, or `None` when there is no such programme.
async fn build(db: &Db, snapshots: &SnapshotCache, q: &Query) -> Result<Option<Table>, DbErr> {
    let Some(programme) = entity::programme::Entity::find_by_id(q.programme)
        .one(&db.conn)
        .await?
    else {
        return Ok(None);
    };
    let snapshot = snapshots
        .get_many(&db.conn, &[(q.programme, q.as_at)])
        .await?
        .pop()
        .map(|(_, s)| s)
        .ok_or_else(|| DbErr::Custom("no snapshot was built".into()))?;
    let within = q.within.map(|root| snapshot.within(root));
    let rows = select(
        &snapshot,
        q.benefit,
        within.as_ref(),
        q.rags.as_deref(),
        q.statuses.as_deref(),
        &q.order,
    );
    let names = Names::load(&db.conn, &snapshot, &rows).await?;
    let mut title: Vec<(String, String)> = vec![
        ("Benefits register".into(), programme.name.clone()),
        ("As at".into(), q.as_at.to_string()),
    ];
    title.extend(q.described.iter().cloned());
    Ok(Some(Table {
        title,
        columns: &COLUMNS,
        rows: rows.iter().map(|&n| row(&snapshot, n, &names)).collect(),
        file_stem: format!("register-{}", file_name(&programme.name, q.as_at)),
        sheet: "Benefits register",
    }))
}

/// The names the rows show, read in a few statements.
struct Names {
    organisations: HashMap<i32, organisation::Model>,
    commitments: HashMap<i32, commitment::Model>,
    people: HashMap<i32, String>,
}

impl Names {
    async fn load(
        db: &DatabaseConnection,
        snapshot: &Snapshot,
        rows: &[usize],
    ) -> Result<Self, DbErr> {
        let items: Vec<_> = rows.iter().map(|&n| &snapshot.items[n]).collect();
        let mut org_ids: Vec<i32> = items
            .iter()
            .flat_map(|i| [Some(i.organisation), i.region])
            .flatten()
            .collect();
        org_ids.sort_unstable();
        org_ids.dedup();
        let mut organisations = HashMap::new();
        for chunk in org_ids.chunks(CHUNK) {
            for o in organisation::Entity::find()
                .filter(organisation::Column::Id.is_in(chunk.to_vec()))
                .all(db)
                .await?
            {
                organisations.insert(o.id, o);
            }
        }
        let ids: Vec<i32> = items.iter().map(|i| i.commitment).collect();
        let mut commitments = HashMap::new();
        for chunk in ids.chunks(CHUNK) {
            for c in commitment::Entity::find()
                .filter(commitment::Column::Id.is_in(chunk.to_vec()))
                .all(db)
                .await?
            {
                commitments.insert(c.id, c);
            }
        }
        let mut owners: Vec<i32> = commitments.values().filter_map(|c| c.owner_id).collect();
        owners.sort_unstable();
        owners.dedup();
        let mut people = HashMap::new();
        for chunk in owners.chunks(CHUNK) {
            for p in person::Entity::find()
                .filter(person::Column::Id.is_in(chunk.to_vec()))
                .all(db)
                .await?
            {
                people.insert(p.id, p.name);
            }
        }
        Ok(Self {
            organisations,
            commitments,
            people,
        })
    }
}

const COLUMNS: [&str; 20] = [
    "Benefit code",
    "Benefit",
    "Organisation",
    "ODS code",
    "Region",
    "Owner",
    "Status",
    "Baseline",
    "Baseline date",
    "Target",
    "Target date",
    "Unit",
    "Actual",
    "Planned",
    "Progress",
    "Planned progress",
    "Variance",
    "RAG",
    "Enabling service live",
    "Commitment id",
];

/// One commitment's row.
fn row(snapshot: &Snapshot, n: usize, names: &Names) -> Vec<Cell> {
    let item = &snapshot.items[n];
    let f = &item.figures;
    let benefit = &snapshot.benefits[item.benefit];
    let org = names.organisations.get(&item.organisation);
    let region = item.region.and_then(|r| names.organisations.get(&r));
    let c = names.commitments.get(&item.commitment);
    let owner = c
        .and_then(|c| c.owner_id)
        .and_then(|o| names.people.get(&o));
    let status = serde_json::to_value(status_of(f.state))
        .ok()
        .and_then(|s| s.as_str().map(str::to_owned))
        .unwrap_or_default();
    let text = |t: Option<&String>| Cell::Text(t.cloned().unwrap_or_default());
    vec![
        Cell::Text(benefit.code.clone()),
        Cell::Text(benefit.title.clone()),
        text(org.map(|o| &o.name)),
        text(org.and_then(|o| o.ods_code.as_ref())),
        text(region.map(|r| &r.name)),
        text(owner),
        Cell::Text(status),
        Cell::Number(Some(f.baseline)),
        Cell::Date(c.map(|c| c.baseline_on)),
        Cell::Number(Some(f.target)),
        Cell::Date(c.map(|c| c.target_on)),
        Cell::Text(benefit.unit.clone()),
        Cell::Number(f.actual),
        Cell::Number(Some(f.planned)),
        Cell::Fraction(f.progress),
        Cell::Fraction(Some(f.planned_progress)),
        Cell::Fraction(f.progress.map(|p| p - f.planned_progress)),
        Cell::Rag(rag_name(f.rag)),
        Cell::YesNo(snapshot.enabled(item.benefit, item.organisation)),
        Cell::Text(NodeType::Commitment.id(item.commitment).to_string()),
    ]
}

const RAGS: [analytics::Rag; 5] = [
    analytics::Rag::Red,
    analytics::Rag::Amber,
    analytics::Rag::Green,
    analytics::Rag::Blue,
    analytics::Rag::NotMeasured,
];

fn rag_name(rag: analytics::Rag) -> &'static str {
    match rag {
        analytics::Rag::Red => "RED",
        analytics::Rag::Amber => "AMBER",
        analytics::Rag::Green => "GREEN",
        analytics::Rag::Blue => "BLUE",
        analytics::Rag::NotMeasured => "NOT_MEASURED",
    }
}
