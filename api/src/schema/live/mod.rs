//! GraphQL subscriptions: live updates over a WebSocket (`socket`), read from the instance's
//! feed of committed changes (`crate::live`), filtered by what each subscriber asks for.

mod connection;
mod cursor;
mod events;
mod interest;
mod sign_in;
pub mod socket;
mod streams;
mod upgrade;
mod wire;

use std::time::Duration;

use async_graphql::{Context, ID, Subscription};
use futures_util::StreamExt;
use futures_util::stream::BoxStream;

pub use connection::{CloseReason, Closing, Connection, Connections};
pub use cursor::LiveCursorQuery;
pub use events::{
    CommitmentChange, CommitmentEvent, MeasurementEvent, MeasurementEventKind, RealisationEvent,
};
use interest::Interest;
pub use streams::SLOW_CONSUMER;
pub use upgrade::accept;

use crate::graphql::error::ApiError;
use crate::graphql::ids::{NodeType, decode_as};
use crate::live::Touches;

/// The most often a programme's figures are announced to one subscriber.
const REALISATION_EVERY: Duration = Duration::from_secs(1);

/// The limits of live updates (GraphQL subscriptions over WebSockets).
#[derive(clap::Args, Clone, Copy, Debug)]
pub struct LiveArgs {
    /// The most subscriptions one WebSocket connection may hold at once.
    #[arg(
        long,
        env = "REALISE_WS_SUBSCRIPTIONS_PER_CONNECTION",
        default_value_t = 32
    )]
    pub ws_subscriptions_per_connection: usize,
    /// The most WebSocket connections one caller (token subject) may hold at once, per
    /// instance.
    #[arg(long, env = "REALISE_WS_CONNECTIONS_PER_CALLER", default_value_t = 16)]
    pub ws_connections_per_caller: usize,
    /// A connection with no subscription for this many seconds is closed.
    #[arg(long, env = "REALISE_WS_IDLE_SECONDS", default_value_t = 300)]
    pub ws_idle_seconds: u64,
    /// How many events a subscriber may fall behind before its connection is closed.
    #[arg(long, env = "REALISE_LIVE_BUFFER", default_value_t = 1024)]
    pub live_buffer: usize,
}

impl Default for LiveArgs {
    fn default() -> Self {
        Self {
            ws_subscriptions_per_connection: 32,
            ws_connections_per_caller: 16,
            ws_idle_seconds: 300,
            live_buffer: 1024,
        }
    }
}

/// Every live update.
#[derive(Default)]
pub struct LiveSubscription;

/// Live updates, over a WebSocket at `/graphql` (protocol `graphql-transport-ws`, the bearer
/// token in `connection_init`'s payload as `authorization`).
#[Subscription]
impl LiveSubscription {
    /// Each measurement recorded or corrected from now on, of the programme, benefit and
    /// organisation given (any, where not given).
    async fn measurement_recorded(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only measurements of this programme's commitments.")] programme: Option<
            ID,
        >,
        #[graphql(desc = "Only measurements of this benefit's commitments.")] benefit: Option<ID>,
        #[graphql(desc = "Only measurements of this organisation's commitments.")]
        organisation: Option<ID>,
        #[graphql(
            desc = "Resume after this event id (the last one received), or from a `liveCursor` read before the page: the events since are sent first, if they are within the replay window."
        )]
        after: Option<ID>,
    ) -> Result<BoxStream<'static, MeasurementEvent>, ApiError> {
        let interest = Interest::of(programme.as_ref(), benefit.as_ref(), organisation.as_ref())?;
        Ok(streams::events(ctx, after.as_ref())
            .await?
            .filter(move |e| {
                std::future::ready(
                    matches!(e.touches, Touches::Measurement { .. }) && interest.admits(e),
                )
            })
            .map(MeasurementEvent)
            .boxed())
    }

    /// Each change to a commitment from now on (its status, details, owner, sign-off,
    /// trajectory or figures), of the programme, organisation (or organisations within one)
    /// and commitment given (any, where not given).
    async fn commitment_changed(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only commitments to this programme's benefits.")] programme: Option<ID>,
        #[graphql(desc = "Only this organisation's commitments.")] organisation: Option<ID>,
        #[graphql(
            desc = "Only commitments of this organisation and of every organisation PART_OF it, as the hierarchy stands when the subscription starts."
        )]
        within: Option<ID>,
        #[graphql(desc = "Only this commitment.")] commitment: Option<ID>,
        #[graphql(
            desc = "Resume after this event id (the last one received), or from a `liveCursor` read before the page: the events since are sent first, if they are within the replay window."
        )]
        after: Option<ID>,
    ) -> Result<BoxStream<'static, CommitmentEvent>, ApiError> {
        let interest = Interest::of(programme.as_ref(), None, organisation.as_ref())?
            .of_commitment(commitment.as_ref())?
            .within(ctx, within.as_ref());
        // Boxed: the subscription keeps the room of its largest step while it lives.
        let interest = Box::pin(interest).await?;
        Ok(streams::events(ctx, after.as_ref())
            .await?
            .filter(move |e| std::future::ready(e.commitment().is_some() && interest.admits(e)))
            .map(CommitmentEvent)
            .boxed())
    }

    /// The programme's figures may have moved: after any change to its benefits, commitments
    /// or measurements, or to a service enabling its benefits or one of its deployments, at
    /// most one event a second however many changes there are.
    async fn realisation_changed(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The programme.")] programme: ID,
        #[graphql(
            desc = "Resume after this event id (the last one received), or from a `liveCursor` read before the page: the changes since are announced first, if they are within the replay window."
        )]
        after: Option<ID>,
    ) -> Result<BoxStream<'static, RealisationEvent>, ApiError> {
        let programme = decode_as(&programme, NodeType::Programme)?;
        let events = streams::events(ctx, after.as_ref()).await?;
        Ok(streams::gathered(events, programme, REALISATION_EVERY))
    }
}
