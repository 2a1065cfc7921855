use async_graphql::dataloader::Loader;
use entity::enums::OrganisationKind::{GpPractice, NhsTrust};
use entity::enums::RelationshipKind::PartOf;
use sea_orm::ConnectionTrait;

use super::*;
use crate::db::Db;
use crate::graphql::linked::{LinkedPage, LinkedTotal, page_rows};
use crate::graphql::loader::DbLoader;
use crate::graphql::loader::bound;
use sea_orm::DbBackend;

type Kinds = Option<Vec<OrganisationKind>>;

fn on() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).expect("a date")
}

fn members(of: i32, kinds: Kinds) -> Members {
    Members::new(of, PartOf, on(), kinds)
}

/// Two regions (1 and 2) and their members on 1 January 2026, by name then key: Ash (11),
/// Ash (16), Birch (12), Cedar (10) in region 1, and Cedar in region 2. Ash (11) is PART_OF
/// region 1 twice; Alder (13) left it in 2025, Beech (14) is only commissioned by it, and
/// Elm (15) joins it in 2027.
const LANDSCAPE: &str = "\
    INSERT INTO organisations (id, name, kind, status, created_at, updated_at) VALUES \
      (1, 'North', 'REGIONAL_TEAM', 'ACTIVE', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z'), \
      (2, 'South', 'REGIONAL_TEAM', 'ACTIVE', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z'), \
      (10, 'Cedar', 'GP_PRACTICE', 'ACTIVE', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z'), \
      (11, 'Ash', 'GP_PRACTICE', 'ACTIVE', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z'), \
      (12, 'Birch', 'NHS_TRUST', 'ACTIVE', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z'), \
      (13, 'Alder', 'GP_PRACTICE', 'ACTIVE', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z'), \
      (14, 'Beech', 'GP_PRACTICE', 'ACTIVE', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z'), \
      (15, 'Elm', 'GP_PRACTICE', 'ACTIVE', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z'), \
      (16, 'Ash', 'GP_PRACTICE', 'ACTIVE', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z'); \
    INSERT INTO organisation_relationships \
      (from_organisation_id, to_organisation_id, kind, valid_from, valid_to, created_at, \
       updated_at) VALUES \
      (10, 1, 'PART_OF', NULL, NULL, '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z'), \
      (10, 2, 'PART_OF', NULL, NULL, '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z'), \
      (11, 1, 'PART_OF', '2019-04-01', NULL, '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z'), \
      (11, 1, 'PART_OF', '2024-04-01', '2027-04-01', '2020-01-01T00:00:00Z', \
       '2020-01-01T00:00:00Z'), \
      (12, 1, 'PART_OF', '2025-01-01', NULL, '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z'), \
      (13, 1, 'PART_OF', NULL, '2025-06-01', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z'), \
      (14, 1, 'COMMISSIONED_BY', NULL, NULL, '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z'), \
      (15, 1, 'PART_OF', '2027-01-01', NULL, '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z'), \
      (16, 1, 'PART_OF', '2026-01-01', NULL, '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z');";

async fn loader() -> DbLoader {
    let db = Db::connect_pooled("sqlite::memory:", Some(1))
        .await
        .expect("connect");
    db.migrate().await.expect("migrate");
    db.conn
        .execute_unprepared(LANDSCAPE)
        .await
        .expect("arrange");
    DbLoader { db }
}

/// Runs the reads on SQLite, a level of two parents (the window form) and one parent alone
/// (the plain form): each parent gets its own members, once each, cut and in name order.
#[tokio::test]
async fn a_page_gives_each_parent_its_own_members_in_name_order() {
    let loader = loader().await;
    // (kinds, rows skipped, rows read, the keys read for regions 1 and 2)
    let cases: [(Kinds, u64, u32, [&[i32]; 2]); 5] = [
        (None, 0, 10, [&[11, 16, 12, 10], &[10]]),
        (None, 0, 2, [&[11, 16], &[10]]),
        (None, 1, 2, [&[16, 12], &[]]),
        (Some(vec![GpPractice]), 0, 10, [&[11, 16, 10], &[10]]),
        (Some(vec![NhsTrust, GpPractice]), 2, 5, [&[12, 10], &[]]),
    ];
    for (kinds, skip, rows, expected) in cases {
        let key = |of| LinkedPage {
            list: members(of, kinds.clone()),
            skip,
            rows,
        };
        let both = loader.load(&[key(1), key(2)]).await.expect("read");
        let alone = loader.load(&[key(1)]).await.expect("read");
        for (of, expected) in [1, 2].into_iter().zip(expected) {
            let ids: Vec<i32> = both
                .get(&key(of))
                .map(|rows| rows.iter().map(|o| o.id).collect())
                .unwrap_or_default();
            assert_eq!(ids, expected, "region {of}, {kinds:?} from {skip}, {rows}");
        }
        let ids: Vec<i32> = alone[&key(1)].iter().map(|o| o.id).collect();
        assert_eq!(
            ids, expected[0],
            "region 1 alone, {kinds:?} from {skip}, {rows}"
        );
    }
}

#[tokio::test]
async fn a_count_counts_each_member_once_under_the_filter() {
    let loader = loader().await;
    // (kinds, the totals of regions 1 and 2)
    let cases = [
        (None, [4, 1]),
        (Some(vec![GpPractice]), [3, 1]),
        (Some(vec![NhsTrust]), [1, 0]),
    ];
    for (kinds, expected) in cases {
        let key = |of| LinkedTotal(members(of, kinds.clone()));
        let totals = loader.load(&[key(1), key(2)]).await.expect("count");
        for (of, expected) in [1, 2].into_iter().zip(expected) {
            let total = totals.get(&key(of)).copied().unwrap_or_default();
            assert_eq!(total, expected, "region {of}, {kinds:?}");
        }
    }
}

#[test]
fn each_database_reads_a_level_of_pages_in_its_own_form() {
    let asked = members(0, Some(vec![NhsTrust, GpPractice]));
    // (backend, what the SQL must hold, the values bound in order)
    let cases = [
        (
            DbBackend::Postgres,
            vec![
                "unnest(string_to_array($1, ',')::int[]) AS asked(parent)",
                "WHERE r.to_organisation_id = asked.parent AND r.kind = $2",
                "r.valid_from <= $3) AND COALESCE(r.valid_to, '9999-12-31') > $4",
                "AND t.kind IN ($5, $6) ORDER BY t.name, t.id LIMIT $7 OFFSET $8",
            ],
            vec![
                "7,9",
                "PART_OF",
                "2026-01-01",
                "2026-01-01",
                "GP_PRACTICE",
                "NHS_TRUST",
                "3",
                "4",
            ],
        ),
        (
            DbBackend::Sqlite,
            vec![
                "SELECT DISTINCT r.to_organisation_id AS parent",
                "WHERE r.to_organisation_id IN (?, ?) AND r.kind = ?",
                "PARTITION BY l.parent ORDER BY t.name, t.id",
                "t.id = l.member AND t.kind IN (?, ?)",
                "WHERE m.place > ? AND m.place <= ?",
            ],
            vec![
                "7",
                "9",
                "PART_OF",
                "2026-01-01",
                "2026-01-01",
                "GP_PRACTICE",
                "NHS_TRUST",
                "4",
                "7",
            ],
        ),
    ];
    for (backend, holds, values) in cases {
        let statement = page_rows(backend, &asked, 4, 3, &[7, 9]);
        for expected in holds {
            assert!(
                statement.sql.contains(expected),
                "{backend:?}: {expected} in {}",
                statement.sql
            );
        }
        assert_eq!(bound(&statement), values, "{backend:?}");
    }
}
