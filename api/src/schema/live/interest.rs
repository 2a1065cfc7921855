//! What a subscriber asked to hear of, and whether an event is of it.

use std::collections::HashSet;
use std::sync::Arc;

use async_graphql::{Context, ID};

use crate::graphql::context::ContextExt;
use crate::graphql::error::ApiResult;
use crate::graphql::ids::{NodeType, decode_as};
use crate::live::LiveEvent;
use crate::organisations::hierarchy::descendants;

/// Only events of this programme, benefit, organisation and commitment, and of an
/// organisation among `within` (each when given).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Interest {
    /// The programme.
    pub programme: Option<i32>,
    /// The benefit.
    pub benefit: Option<i32>,
    /// The organisation.
    pub organisation: Option<i32>,
    /// An organisation and every organisation PART_OF it.
    pub within: Option<Arc<HashSet<i32>>>,
    /// The commitment.
    pub commitment: Option<i32>,
}

fn key(id: Option<&ID>, node: NodeType) -> ApiResult<Option<i32>> {
    id.map(|id| decode_as(id, node)).transpose()
}

impl Interest {
    /// The interest the arguments name.
    pub fn of(
        programme: Option<&ID>,
        benefit: Option<&ID>,
        organisation: Option<&ID>,
    ) -> ApiResult<Self> {
        Ok(Self {
            programme: key(programme, NodeType::Programme)?,
            benefit: key(benefit, NodeType::Benefit)?,
            organisation: key(organisation, NodeType::Organisation)?,
            ..Self::default()
        })
    }

    /// Only events of the commitment `id` names, as well.
    pub fn of_commitment(self, id: Option<&ID>) -> ApiResult<Self> {
        Ok(Self {
            commitment: key(id, NodeType::Commitment)?,
            ..self
        })
    }

    /// Only events of the organisation `root` names and of the organisations PART_OF it, as
    /// well: the hierarchy as it stands when the subscription starts.
    pub async fn within(self, ctx: &Context<'_>, root: Option<&ID>) -> ApiResult<Self> {
        let Some(root) = key(root, NodeType::Organisation)? else {
            return Ok(self);
        };
        let request = ctx.request();
        let mut scope: HashSet<i32> = descendants(&request.db.conn, root, request.today)
            .await?
            .into_iter()
            .collect();
        scope.insert(root);
        Ok(Self {
            within: Some(Arc::new(scope)),
            ..self
        })
    }

    /// Whether `event` is one the subscriber asked for.
    pub fn admits(&self, event: &LiveEvent) -> bool {
        let matches =
            |wanted: Option<i32>, actual: Option<i32>| wanted.is_none_or(|w| actual == Some(w));
        let organisation = event.organisation();
        self.programme.is_none_or(|p| event.in_programme(p))
            && matches(self.benefit, event.benefit())
            && matches(self.organisation, organisation)
            && matches(self.commitment, event.commitment().map(|c| c.id))
            && self
                .within
                .as_ref()
                .is_none_or(|scope| organisation.is_some_and(|o| scope.contains(&o)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::live::{CommitmentScope, Touches};

    fn event(commitment: i32, programme: i32, organisation: i32) -> LiveEvent {
        LiveEvent {
            id: 1,
            action: "recordMeasurement".into(),
            touches: Touches::Commitment(CommitmentScope {
                id: commitment,
                benefit: 10 + programme,
                programme,
                organisation,
            }),
            rows: Default::default(),
        }
    }

    #[test]
    fn an_interest_admits_only_what_it_names() {
        let e = event(1, 2, 100);
        let all = Interest::default();
        let wanted = |interest: Interest| interest.admits(&e);
        let cases = [
            (Interest::default(), true),
            (
                Interest {
                    programme: Some(2),
                    ..all.clone()
                },
                true,
            ),
            (
                Interest {
                    programme: Some(3),
                    ..all.clone()
                },
                false,
            ),
            (
                Interest {
                    benefit: Some(12),
                    organisation: Some(100),
                    ..all.clone()
                },
                true,
            ),
            (
                Interest {
                    benefit: Some(12),
                    organisation: Some(101),
                    ..all.clone()
                },
                false,
            ),
            (
                Interest {
                    commitment: Some(1),
                    ..all.clone()
                },
                true,
            ),
            (
                Interest {
                    commitment: Some(2),
                    ..all.clone()
                },
                false,
            ),
            (
                Interest {
                    within: Some(Arc::new(HashSet::from([7, 100]))),
                    ..all.clone()
                },
                true,
            ),
            (
                Interest {
                    within: Some(Arc::new(HashSet::from([7, 101]))),
                    ..all.clone()
                },
                false,
            ),
        ];
        for (interest, admitted) in cases {
            assert_eq!(wanted(interest.clone()), admitted, "{interest:?}");
        }
        // A service's change is of every programme whose benefits it enables.
        let service = LiveEvent {
            touches: Touches::Service {
                programmes: vec![2, 5],
            },
            ..e.clone()
        };
        assert!(
            Interest {
                programme: Some(5),
                ..all.clone()
            }
            .admits(&service)
        );
        assert!(
            !Interest {
                programme: Some(3),
                ..all.clone()
            }
            .admits(&service)
        );
        // An event that touched no commitment is heard only by those who named nothing.
        let unscoped = LiveEvent {
            touches: Touches::Other,
            ..e.clone()
        };
        assert!(all.admits(&unscoped));
        assert!(
            !Interest {
                programme: Some(2),
                ..all.clone()
            }
            .admits(&unscoped)
        );
        assert!(
            !Interest {
                within: Some(Arc::new(HashSet::from([100]))),
                ..all
            }
            .admits(&unscoped)
        );
    }
}
