//! The DataLoaders at work: the SQL statements a request makes grow with the depth of the
//! query, never with the number of rows it returns.

use chrono::NaiveDate;
use entity::enums::*;
use entity::{benefit, commitment, enablement, organisation, programme, service};
use sea_orm::{ActiveModelTrait, EntityTrait, Set};
use serde_json::json;

use crate::helpers::TestApp;

/// 100 trusts, each committed to one of three benefits, each benefit enabled by two services.
async fn arrange(app: &TestApp) {
    let db = &app.db.conn;
    let programme = programme::ActiveModel {
        name: Set("Statement counting".into()),
        description: Set(None),
        senior_responsible_owner_id: Set(None),
        budget_pence: Set(None),
        starts_on: Set(None),
        ends_on: Set(None),
        status: Set(ProgrammeStatus::Active),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    let mut benefits = Vec::new();
    for b in 0..3 {
        let benefit = benefit::ActiveModel {
            programme_id: Set(programme.id),
            code: Set(format!("B{b}")),
            title: Set(format!("Benefit {b}")),
            description: Set(None),
            category: Set(BenefitCategory::Quality),
            is_disbenefit: Set(false),
            measure: Set("m".into()),
            unit: Set("count".into()),
            direction: Set(Direction::Increase),
            rollup: Set(Rollup::Sum),
            measure_kind: Set(MeasureKind::Period),
            value_type: Set(ValueType::WorkingSmarter),
            reach: Set(Reach::Internal),
            national_owner_id: Set(None),
            status: Set(BenefitStatus::InRealisation),
            ..Default::default()
        }
        .insert(db)
        .await
        .unwrap();
        for s in 0..2 {
            let service = service::ActiveModel {
                name: Set(format!("Service {b}.{s}")),
                description: Set(None),
                provider_id: Set(None),
                owner_id: Set(None),
                lifecycle: Set(ServiceLifecycle::Live),
                availability_target: Set(Some(99.9)),
                value_type: Set(ValueType::WorkingSmarter),
                reach: Set(Reach::Internal),
                ..Default::default()
            }
            .insert(db)
            .await
            .unwrap();
            enablement::ActiveModel {
                service_id: Set(service.id),
                benefit_id: Set(benefit.id),
                ..Default::default()
            }
            .insert(db)
            .await
            .unwrap();
        }
        benefits.push(benefit.id);
    }
    let orgs: Vec<organisation::ActiveModel> = (0..100)
        .map(|i| organisation::ActiveModel {
            ods_code: Set(Some(format!("T{i:03}"))),
            name: Set(format!("Trust {i:03}")),
            kind: Set(OrganisationKind::NhsTrust),
            status: Set(OrganisationStatus::Active),
            opened_on: Set(None),
            closed_on: Set(None),
            address_line1: Set(None),
            address_line2: Set(None),
            address_line3: Set(None),
            address_line4: Set(None),
            address_line5: Set(None),
            postcode: Set(None),
            ..Default::default()
        })
        .collect();
    organisation::Entity::insert_many(orgs)
        .exec_without_returning(db)
        .await
        .unwrap();
    let date = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    let commitments: Vec<commitment::ActiveModel> = organisation::Entity::find()
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .enumerate()
        .map(|(i, org)| commitment::ActiveModel {
            organisation_id: Set(org.id),
            benefit_id: Set(benefits[i % 3]),
            owner_id: Set(None),
            baseline: Set(0.0),
            baseline_on: Set(date),
            target: Set(10.0),
            target_on: Set(date.with_year(2027).unwrap()),
            tolerance: Set(0.1),
            status: Set(CommitmentStatus::Agreed),
            signed_off_on: Set(None),
            signed_off_by_id: Set(None),
            transferred_from_id: Set(None),
            withdrawal_reason: Set(None),
            version: Set(1),
            notes: Set(None),
            ..Default::default()
        })
        .collect();
    commitment::Entity::insert_many(commitments)
        .exec_without_returning(db)
        .await
        .unwrap();
}

use chrono::Datelike;

const DEPTH_FOUR: &str = "query($n: Int!) {
  organisations(first: $n, filter: { kinds: [NHS_TRUST] }) {
    edges { node { name commitments { edges { node { status benefit { title enablingServices { name } } } } } } }
  }
}";

async fn statements_for(app: &TestApp, n: i64) -> u64 {
    let before = app.statements();
    let data = app.query_uncached(DEPTH_FOUR, json!({ "n": n })).await;
    let after = app.statements();
    let edges = data["organisations"]["edges"].as_array().unwrap();
    assert_eq!(edges.len() as i64, n);
    let services =
        &edges[0]["node"]["commitments"]["edges"][0]["node"]["benefit"]["enablingServices"];
    assert_eq!(services.as_array().unwrap().len(), 2, "{data}");
    after - before
}

#[actix_web::test]
async fn a_depth_four_query_makes_as_many_statements_for_100_rows_as_for_10() {
    let app = TestApp::spawn().await;
    arrange(&app).await;
    let for_10 = statements_for(&app, 10).await;
    let for_100 = statements_for(&app, 100).await;
    assert_eq!(for_10, for_100, "statements grew with the rows");
    // organisations, commitments, benefits, enablements, services.
    assert!(for_100 <= 5, "{for_100} statements for a depth-4 query");
}

#[actix_web::test]
async fn queries_running_side_by_side_each_batch_whole_levels() {
    // Interleaved on one worker, each execution yields part-way through its lists while the
    // others run. A batch started at such a yield would split its level into more statements.
    let app = TestApp::spawn().await;
    arrange(&app).await;
    let alone = statements_for(&app, 100).await;
    const SIDE_BY_SIDE: u64 = 16;
    let before = app.statements();
    let results = futures_util::future::join_all(
        (0..SIDE_BY_SIDE).map(|_| app.query_uncached(DEPTH_FOUR, json!({ "n": 100 }))),
    )
    .await;
    let made = app.statements() - before;
    for data in &results {
        assert_eq!(
            data["organisations"]["edges"].as_array().unwrap().len(),
            100
        );
    }
    assert_eq!(
        made,
        SIDE_BY_SIDE * alone,
        "{made} statements for {SIDE_BY_SIDE} queries"
    );
}

#[actix_web::test]
async fn an_organisations_address_and_record_times_load_in_one_batch_per_page() {
    // Lists read organisations without these columns; asking for them adds one statement
    // for the whole page, not one per organisation.
    let app = TestApp::spawn().await;
    arrange(&app).await;
    const DETAILS: &str = "query($n: Int!) {
      organisations(first: $n, filter: { kinds: [NHS_TRUST] }) {
        edges { node { odsCode postcode addressLines createdAt updatedAt } }
      }
    }";
    let mut counts = Vec::new();
    for n in [10, 100] {
        let before = app.statements();
        let data = app.query_uncached(DETAILS, json!({ "n": n })).await;
        counts.push(app.statements() - before);
        let edges = data["organisations"]["edges"].as_array().unwrap();
        assert_eq!(edges.len(), n);
        for edge in edges {
            let node = &edge["node"];
            assert!(node["addressLines"].is_array(), "{node}");
            let created = node["createdAt"].as_str().unwrap();
            assert!(
                chrono::DateTime::parse_from_rfc3339(created).is_ok(),
                "{created}"
            );
        }
    }
    assert_eq!(counts[0], counts[1], "statements grew with the rows");
    assert_eq!(counts[1], 2, "the page, then the details of all of it");
}
