//! The demo's promises, checked without a database: each commitment shows the RAG its row
//! aims for (through the same analytics the API uses), the SPC patterns occur, and every enum
//! value the demo should exercise does. `cargo test -p realise-api demo_facts -- --ignored
//! --nocapture` prints the facts black-box tests can assert on.

use std::collections::HashSet;

use anyhow::Context;
use chrono::NaiveDate;
use entity::enums::{CommitmentStatus, Direction as BenefitDirection};
use sea_orm::Iterable;

use super::benefits::{BENEFITS, ENABLEMENTS, find};
use super::commitments::generated;
use super::deployments::{REVIEWS, gates, sites};
use super::measurements::{Aim, CORRECTIONS, Series};
use super::register::{COMMITMENTS, CommitmentRow, TRANSFERS};
use super::{day, people};
use crate::analytics::{self, Direction, MeasuredValue, Plan, Rag};

fn as_at() -> anyhow::Result<NaiveDate> {
    day((2012, 6, 30))
}

/// A commitment's plan, effective measured values (corrections applied) and direction.
fn figures(
    index: usize,
    row: &CommitmentRow,
) -> anyhow::Result<(Plan, Vec<MeasuredValue>, Direction)> {
    let plan = generated(index, row)?;
    let mut values: Vec<MeasuredValue> = (1..)
        .zip(&plan.measurements)
        .map(|(id, &(measured_on, value, _))| MeasuredValue {
            id,
            measured_on,
            value,
            supersedes: None,
        })
        .collect();
    for &(org, code, on, value, _) in CORRECTIONS {
        if org == row.0 && code == row.1 && row.6.is_live() {
            let on = day(on)?;
            let original = values
                .iter()
                .find(|v| v.measured_on == on)
                .context("correction of no value")?;
            let next = values.len() as i64 + 1;
            values.push(MeasuredValue {
                id: next,
                measured_on: on,
                value,
                supersedes: Some(original.id),
            });
        }
    }
    let direction = match find(row.1)?.direction {
        BenefitDirection::Increase => Direction::Increase,
        BenefitDirection::Decrease => Direction::Decrease,
    };
    let model = Plan {
        baseline: row.3,
        baseline_on: plan.baseline_on,
        target: row.4,
        target_on: plan.target_on,
        trajectory: plan.trajectory,
    };
    Ok((model, values, direction))
}

fn expected(series: Series) -> Rag {
    match series {
        Series::Unmeasured => Rag::NotMeasured,
        Series::Ramp(aim)
        | Series::Plateau(aim)
        | Series::Shift(aim)
        | Series::Trend(aim)
        | Series::Spike(aim)
        | Series::Steady(aim)
        | Series::Slip(aim) => match aim {
            Aim::Blue => Rag::Blue,
            Aim::Green => Rag::Green,
            Aim::Amber => Rag::Amber,
            Aim::Red => Rag::Red,
        },
    }
}

#[test]
fn every_commitment_shows_the_rag_it_aims_for_after_2012() -> anyhow::Result<()> {
    for (index, row) in COMMITMENTS.iter().enumerate() {
        let (plan, values, direction) = figures(index, row)?;
        for on in [day((2012, 1, 1))?, as_at()?, day((2030, 1, 1))?] {
            let got = analytics::assess(&plan, direction, row.5, &values, on);
            assert_eq!(
                got.rag,
                expected(row.7),
                "{} {} as at {on}: {got:?}",
                row.0,
                row.1
            );
            assert!(
                got.rag == Rag::NotMeasured || got.planned_progress == 1.0,
                "{} {}",
                row.0,
                row.1
            );
        }
    }
    Ok(())
}

#[test]
fn every_rag_occurs_in_both_directions() -> anyhow::Result<()> {
    let mut seen = HashSet::new();
    for row in COMMITMENTS {
        seen.insert((expected(row.7), format!("{:?}", find(row.1)?.direction)));
    }
    for rag in [
        Rag::Blue,
        Rag::Green,
        Rag::Amber,
        Rag::Red,
        Rag::NotMeasured,
    ] {
        for direction in ["Increase", "Decrease"] {
            assert!(
                seen.contains(&(rag, direction.to_owned())),
                "{rag:?} {direction}"
            );
        }
    }
    Ok(())
}

#[test]
fn the_series_show_every_spc_pattern() -> anyhow::Result<()> {
    let (mut shift_above, mut rising_trend, mut outside) = (false, false, false);
    let mut latest = HashSet::new();
    for (index, row) in COMMITMENTS.iter().enumerate() {
        let (_, values, direction) = figures(index, row)?;
        let series = analytics::effective_series(&values, None);
        let Some(spc) = analytics::analyse(&series, direction, Some(row.4)) else {
            continue;
        };
        shift_above |= spc.points.iter().any(|p| p.in_shift && p.value > spc.mean);
        rising_trend |= spc
            .points
            .windows(2)
            .any(|w| w[0].in_trend && w[1].in_trend && w[1].value > w[0].value);
        outside |= spc.points.iter().any(|p| p.outside_limits);
        latest.insert(spc.variation);
    }
    assert!(
        shift_above && rising_trend && outside,
        "{shift_above} {rising_trend} {outside}"
    );
    assert_eq!(
        latest.len(),
        3,
        "every variation is some series' latest: {latest:?}"
    );
    Ok(())
}

#[test]
fn commitments_are_well_formed() -> anyhow::Result<()> {
    let statuses: HashSet<_> = COMMITMENTS.iter().map(|c| c.6).collect();
    assert_eq!(
        statuses.len(),
        CommitmentStatus::iter().count(),
        "every status occurs"
    );
    let mut live = HashSet::new();
    let last_day = day((2011, 12, 31))?;
    for (index, row) in COMMITMENTS.iter().enumerate() {
        assert!(
            !row.6.is_live() || live.insert((row.0, row.1)),
            "one live {} {}",
            row.0,
            row.1
        );
        let plan = generated(index, row)?;
        let n = plan.measurements.len();
        assert!(
            n == 0 || (12..=36).contains(&n),
            "{} {}: {n} measurements",
            row.0,
            row.1
        );
        assert!((2..=4).contains(&plan.trajectory.len()));
        assert!(plan.target_on <= last_day && plan.measurements.iter().all(|m| m.0 <= last_day));
        assert!(row.3 != row.4);
    }
    for &(_, code, to, _) in TRANSFERS {
        assert!(
            live.insert((to, code)),
            "the copy at {to} is the only live one"
        );
    }
    for b in BENEFITS {
        assert!(
            ENABLEMENTS.iter().any(|e| e.1.contains(&b.code)),
            "{} is enabled",
            b.code
        );
    }
    assert!(CORRECTIONS.len() >= 3);
    Ok(())
}

#[test]
fn deployments_are_well_formed() -> anyhow::Result<()> {
    let sites = sites()?;
    let unique: HashSet<_> = sites.iter().map(|s| (s.service, s.org)).collect();
    assert_eq!(
        unique.len(),
        sites.len(),
        "one deployment per service and organisation"
    );
    for site in &sites {
        gates(site)?;
    }
    assert_eq!(
        REVIEWS.len(),
        sites
            .iter()
            .filter(|s| format!("{:?}", s.status) == "ReadinessReview")
            .count()
    );
    assert_eq!(people::count(), 37);
    Ok(())
}

mod facts;
