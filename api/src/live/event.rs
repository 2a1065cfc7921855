//! One committed change as subscribers hear of it.

use entity::{commitment, measurement};

/// Where a commitment sits: what a subscription filters on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CommitmentScope {
    /// The commitment's key.
    pub id: i32,
    /// Its benefit.
    pub benefit: i32,
    /// The benefit's programme.
    pub programme: i32,
    /// The committed organisation.
    pub organisation: i32,
}

/// What a change touched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Touches {
    /// A measurement recorded, or a correction of one.
    Measurement {
        /// The measurement's key (the correction's, for a correction).
        id: i32,
        /// Whether it corrects an earlier value.
        corrected: bool,
        /// The commitment it measures.
        commitment: CommitmentScope,
    },
    /// A commitment created or changed (its trajectory included).
    Commitment(CommitmentScope),
    /// A benefit of a programme, or its links and enablements.
    Benefit {
        /// The benefit's key.
        id: i32,
        /// Its programme.
        programme: i32,
    },
    /// A programme itself.
    Programme(i32),
    /// A service or a deployment of one (its readiness gates included): the programmes whose
    /// benefits the service enables.
    Service {
        /// The programmes, each once.
        programmes: Vec<i32>,
    },
    /// Anything else (people, services, engagements...), or an object since deleted.
    Other,
}

/// The rows a change touched, as they stood when the instance read the event: read once and
/// shared by every subscriber, so that hearing of a change costs a subscriber no statement for
/// them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Touched {
    /// The measurement recorded or corrected.
    pub measurement: Option<measurement::Model>,
    /// The correction that has since replaced that measurement, if any.
    pub superseded_by: Option<i32>,
    /// The commitment changed or measured.
    pub commitment: Option<commitment::Model>,
}

/// One committed audit event.
#[derive(Clone, Debug, PartialEq)]
pub struct LiveEvent {
    /// The audit event's key: events are delivered and resumed in its order.
    pub id: i32,
    /// The mutation that made the change, e.g. `recordMeasurement`.
    pub action: String,
    /// What it touched.
    pub touches: Touches,
    /// The rows it touched.
    pub rows: Touched,
}

impl LiveEvent {
    /// The commitment the change touched, directly or through a measurement.
    pub fn commitment(&self) -> Option<&CommitmentScope> {
        match &self.touches {
            Touches::Measurement { commitment, .. } | Touches::Commitment(commitment) => {
                Some(commitment)
            }
            _ => None,
        }
    }

    /// The programme whose figures the change may move.
    pub fn programme(&self) -> Option<i32> {
        match &self.touches {
            Touches::Benefit { programme, .. } | Touches::Programme(programme) => Some(*programme),
            _ => self.commitment().map(|c| c.programme),
        }
    }

    /// Whether the change may move programme `p`'s figures.
    pub fn in_programme(&self, p: i32) -> bool {
        match &self.touches {
            Touches::Service { programmes } => programmes.contains(&p),
            _ => self.programme() == Some(p),
        }
    }

    /// The benefit the change touched.
    pub fn benefit(&self) -> Option<i32> {
        match &self.touches {
            Touches::Benefit { id, .. } => Some(*id),
            _ => self.commitment().map(|c| c.benefit),
        }
    }

    /// The organisation the change touched.
    pub fn organisation(&self) -> Option<i32> {
        self.commitment().map(|c| c.organisation)
    }
}
