//! How far the audit trail had committed at a moment: the highest key, and the keys below it
//! whose transactions had not committed yet. A snapshot of the derived figures records it, to be
//! updated from the changes since; a page reads it as its live cursor and subscribes from it,
//! so that no change falls between its read and its subscription.

use entity::audit_event;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

/// Every committed change is either seen by a reader that started after the position was read,
/// or recorded by an audit event after `after` or among `gaps`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AuditPosition {
    /// The highest audit event key committed when it was read.
    pub after: i32,
    /// Keys below `after`, within [`GAP_WINDOW`] of it, not committed then.
    pub gaps: Vec<i32>,
}

/// How far below the highest key a key not yet committed is looked for: a write records its
/// audit event just before it commits, so a key is rarely overtaken by more than a few.
const GAP_WINDOW: i32 = 1_000;

/// The audit trail's position now, read before the rows it is to describe.
pub async fn audit_position<C: ConnectionTrait>(db: &C) -> Result<AuditPosition, DbErr> {
    let after = super::read::latest(db).await?;
    // Keys start at 1: with no events at all, there is nothing below to wait for.
    let low = after.saturating_sub(GAP_WINDOW).max(0);
    let seen: Vec<i32> = audit_event::Entity::find()
        .select_only()
        .column(audit_event::Column::Id)
        .filter(audit_event::Column::Id.gt(low))
        .filter(audit_event::Column::Id.lte(after))
        .order_by_asc(audit_event::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    Ok(AuditPosition {
        after,
        gaps: missing(low + 1..=after, &seen),
    })
}

/// The keys of `range` not in `seen` (which is in key order).
fn missing(range: std::ops::RangeInclusive<i32>, seen: &[i32]) -> Vec<i32> {
    range.filter(|k| seen.binary_search(k).is_err()).collect()
}

impl AuditPosition {
    /// The position as a subscriber passes it back as `after`: the highest key, then the keys
    /// not yet committed, if any (`412`, or `412:398,405`). An event's own id is a position
    /// with no gaps.
    pub fn cursor(&self) -> String {
        if self.gaps.is_empty() {
            return self.after.to_string();
        }
        let gaps: Vec<String> = self.gaps.iter().map(i32::to_string).collect();
        format!("{}:{}", self.after, gaps.join(","))
    }

    /// Reads a cursor (see [`AuditPosition::cursor`]); `None` when the text is not one: the
    /// keys must be numbers, the gaps below the highest key and within the window of it.
    pub fn parse(text: &str) -> Option<Self> {
        let (after, gaps) = match text.split_once(':') {
            Some((after, gaps)) => (after, gaps.split(',').map(|g| g.parse().ok()).collect()),
            None => (text, Some(Vec::new())),
        };
        let after: i32 = after.parse().ok().filter(|k| *k >= 0)?;
        let gaps: Vec<i32> = gaps?;
        let within = |g: &i32| *g < after && *g > after.saturating_sub(GAP_WINDOW).max(0);
        gaps.iter().all(within).then_some(Self { after, gaps })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_gaps_are_the_keys_of_the_window_not_yet_committed() {
        // (window, committed keys, gaps)
        let cases: [(std::ops::RangeInclusive<i32>, &[i32], &[i32]); 4] = [
            (1..=5, &[1, 2, 3, 4, 5], &[]),
            (1..=5, &[1, 3, 5], &[2, 4]),
            (6..=8, &[8], &[6, 7]),
            // No events yet: an empty window.
            (std::ops::RangeInclusive::new(1, 0), &[], &[]),
        ];
        for (window, seen, gaps) in cases {
            assert_eq!(missing(window.clone(), seen), gaps, "{window:?} {seen:?}");
        }
    }

    #[test]
    fn a_cursor_reads_back_as_the_position_it_was_written_from() {
        let position = |after, gaps: &[i32]| AuditPosition {
            after,
            gaps: gaps.to_vec(),
        };
        // (position, its cursor)
        let cases = [
            (position(0, &[]), "0"),
            (position(412, &[]), "412"),
            (position(412, &[398]), "412:398"),
            (position(412, &[398, 405]), "412:398,405"),
        ];
        for (position, cursor) in cases {
            assert_eq!(position.cursor(), cursor);
            assert_eq!(AuditPosition::parse(cursor), Some(position), "{cursor}");
        }
    }

    #[test]
    fn text_that_is_no_cursor_is_refused() {
        for text in [
            "",
            "x",
            "-1",
            "12.5",
            "412:",
            "412:x",
            "412:398,",
            "412:412",
            "412:500",
            "412:0",
            // A gap further below than any position records.
            "5000:3999",
            ":398",
        ] {
            assert_eq!(AuditPosition::parse(text), None, "{text:?}");
        }
    }
}
