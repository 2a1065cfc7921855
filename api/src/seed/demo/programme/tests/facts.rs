//! The demo's facts, printed for the black-box tests to assert on (`--ignored --nocapture`).

use std::collections::BTreeMap;

use super::super::commitments::generated;
use super::super::day;
use super::super::deployments::{gates, sites};
use super::super::measurements::CORRECTIONS;
use super::super::register::{COMMITMENTS, TRANSFERS};
use super::{as_at, figures};
use crate::analytics;

/// Prints the facts the reply to the brief lists (run with `--ignored --nocapture`).
#[test]
#[ignore = "prints the demo's facts"]
fn demo_facts() -> anyhow::Result<()> {
    let mut by_status: BTreeMap<String, usize> = BTreeMap::new();
    let mut by_rag: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (index, row) in COMMITMENTS.iter().enumerate() {
        *by_status.entry(format!("{:?}", row.6)).or_default() += 1;
        let (plan, values, direction) = figures(index, row)?;
        let got = analytics::assess(&plan, direction, row.5, &values, as_at()?);
        let label = if row.6.is_live() { "" } else { " (not live)" };
        by_rag
            .entry(format!("{:?}", got.rag))
            .or_default()
            .push(format!(
                "{} {} b={} t={} a={:?} p={:?} tol={}{label}",
                row.0, row.1, row.3, row.4, got.actual, got.progress, row.5
            ));
        let series = analytics::effective_series(&values, None);
        if let Some(spc) = analytics::analyse(&series, direction, Some(row.4)) {
            let flags =
                |f: fn(&analytics::SpcPoint) -> bool| spc.points.iter().filter(|p| f(p)).count();
            println!(
                "SPC {} {} n={} shift={} trend={} outside={} variation={:?}",
                row.0,
                row.1,
                series.len(),
                flags(|p| p.in_shift),
                flags(|p| p.in_trend),
                flags(|p| p.outside_limits),
                spc.variation
            );
        }
        for &(org, code, on, value, _) in CORRECTIONS {
            if org == row.0 && code == row.1 && row.6.is_live() {
                let on = day(on)?;
                let first = generated(index, row)?
                    .measurements
                    .into_iter()
                    .find(|m| m.0 == on);
                println!(
                    "CORRECTION {org} {code} {on}: {:?} -> {value}",
                    first.map(|m| m.1)
                );
            }
        }
    }
    println!(
        "{} commitments + {} copies; by status {by_status:?}",
        COMMITMENTS.len(),
        TRANSFERS.len()
    );
    for (rag, rows) in by_rag {
        println!("{rag} ({}):\n  {}", rows.len(), rows.join("\n  "));
    }
    let sites = sites()?;
    let mut deployments: BTreeMap<String, usize> = BTreeMap::new();
    for site in &sites {
        *deployments.entry(format!("{:?}", site.status)).or_default() += 1;
        for gate in gates(site)? {
            if format!("{:?}", gate.1) == "Failed" {
                println!(
                    "FAILED gate: {} at {}: {} on {:?}",
                    site.service, site.org, gate.0, gate.2
                );
            }
        }
    }
    println!("{} deployments: {deployments:?}", sites.len());
    Ok(())
}
