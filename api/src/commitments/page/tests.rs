use entity::enums::CommitmentStatus::{Agreed, Proposed, SignedOff};

use super::*;
use crate::graphql::loader::bound;

fn shape(by_organisation: bool, statuses: Option<Vec<CommitmentStatus>>, along: Along) -> Shape {
    Shape {
        by_organisation,
        skip: 0,
        rows: 21,
        statuses,
        along,
    }
}

#[test]
fn each_database_reads_the_first_rows_of_each_parent_in_its_own_form() {
    let both = Along {
        benefit: true,
        owner: true,
    };
    // (backend, shape, what the SQL must hold, what it must not, the values bound in order)
    let cases = [
        (
            DbBackend::Postgres,
            shape(true, None, Along::default()),
            vec![
                "unnest(string_to_array($1, ',')::int[])",
                "WHERE c.organisation_id = asked.parent  ORDER BY c.benefit_id, c.id LIMIT $2",
            ],
            vec!["LEFT JOIN", "c.status IN"],
            vec!["7,9", "21"],
        ),
        (
            DbBackend::Postgres,
            shape(false, Some(vec![Agreed, SignedOff]), both),
            vec![
                "WHERE c.benefit_id = asked.parent AND c.status IN ($3, $4)",
                "ORDER BY c.organisation_id, c.id LIMIT $2",
                "LEFT JOIN benefits b ON b.id = c.benefit_id",
                "LEFT JOIN people p ON p.id = c.owner_id",
                "b.code AS \"benefit_code\"",
                "p.name AS \"owner_name\"",
            ],
            vec![],
            vec!["7,9", "21", "AGREED", "SIGNED_OFF"],
        ),
        (
            DbBackend::Sqlite,
            shape(true, Some(vec![Proposed]), Along::default()),
            vec![
                "PARTITION BY c.organisation_id ORDER BY c.benefit_id, c.id",
                "IN (?, ?) AND c.status IN (?)",
                "WHERE c.place <= ?",
            ],
            vec!["LEFT JOIN", "LATERAL"],
            // Positional: the parents, the statuses, then the page size.
            vec!["7", "9", "PROPOSED", "21"],
        ),
        (
            DbBackend::Sqlite,
            shape(
                false,
                None,
                Along {
                    benefit: false,
                    owner: true,
                },
            ),
            vec![
                "PARTITION BY c.benefit_id ORDER BY c.organisation_id, c.id",
                "LEFT JOIN people p ON p.id = c.owner_id WHERE c.place <= ?",
            ],
            vec!["LEFT JOIN benefits", "c.status IN"],
            vec!["7", "9", "21"],
        ),
    ];
    for (backend, shape, holds, lacks, values) in cases {
        let statement = page_rows(backend, &shape, &[7, 9]);
        for expected in holds {
            assert!(
                statement.sql.contains(expected),
                "{expected} in {}",
                statement.sql
            );
        }
        for unexpected in lacks {
            assert!(
                !statement.sql.contains(unexpected),
                "{unexpected} in {}",
                statement.sql
            );
        }
        assert_eq!(bound(&statement), values, "{}", statement.sql);
    }
}

#[test]
fn a_later_page_passes_over_the_rows_before_it_in_each_database() {
    let later = Shape {
        skip: 40,
        ..shape(true, Some(vec![Agreed]), Along::default())
    };
    // (backend, what the SQL must hold, the values bound in order)
    let cases = [
        (
            DbBackend::Postgres,
            "AND c.status IN ($3) ORDER BY c.benefit_id, c.id LIMIT $2 OFFSET $4) c",
            vec!["7,9", "21", "AGREED", "40"],
        ),
        (
            DbBackend::Sqlite,
            "WHERE c.place > ? AND c.place <= ? ORDER BY",
            vec!["7", "9", "AGREED", "40", "61"],
        ),
    ];
    for (backend, holds, values) in cases {
        let statement = page_rows(backend, &later, &[7, 9]);
        assert!(statement.sql.contains(holds), "{}", statement.sql);
        assert_eq!(bound(&statement), values, "{backend:?}");
    }
}

#[test]
fn a_row_answers_the_key_of_its_own_parent() {
    let along = Along {
        benefit: true,
        owner: false,
    };
    let by_benefit = shape(false, Some(vec![Agreed]), along);
    // A commitment of organisation 10 to benefit 20.
    let key = by_benefit.key(10, 20);
    assert_eq!(key.of, PageOf::Benefit(20));
    assert_eq!(Shape::of(&key), by_benefit);
    let by_organisation = shape(true, None, along);
    assert_eq!(by_organisation.key(10, 20).of, PageOf::Organisation(10));
}

#[test]
fn only_benefits_and_people_are_brought_along() {
    assert!(brings_along(TypeId::of::<BenefitById>()));
    assert!(brings_along(TypeId::of::<PersonById>()));
    assert!(!brings_along(TypeId::of::<
        crate::commitments::CommitmentById,
    >()));
    assert!(!brings_along(TypeId::of::<CommitmentsPage>()));
}
