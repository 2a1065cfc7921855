//! What the instance's caches have done, shared between each cache and the metrics.

use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::Registry;

/// What the cache of derived figures has done, for the metrics. Cloning shares the counts.
#[derive(Clone, Debug)]
pub struct CacheStats {
    /// Snapshots served without building one (including after waiting for another's build).
    pub hits: Counter,
    /// Snapshots built (read whole, or updated from an older one).
    pub misses: Counter,
    /// Snapshots updated from an older version's through the commitments that changed.
    pub patches: Counter,
    /// How long each build took, in seconds.
    pub build_seconds: Histogram,
}

/// How often the cache served an answer, for the metrics. Cloning shares the counts.
#[derive(Clone, Debug, Default)]
pub struct ResponseCacheStats {
    /// Answers served from the cache.
    pub hits: Counter,
    /// Reads that looked for a kept answer and found none current.
    pub misses: Counter,
    /// Lists' lengths served from those kept under the current graph version.
    pub count_hits: Counter,
    /// Lists' lengths counted, none being kept under the current graph version.
    pub count_misses: Counter,
}

/// Registers the caches' counts.
pub(super) fn register(registry: &mut Registry, cache: CacheStats, responses: ResponseCacheStats) {
    registry.register(
        "snapshot_cache_hits",
        "Realisation snapshots served without building",
        cache.hits,
    );
    registry.register(
        "snapshot_cache_misses",
        "Realisation snapshots built",
        cache.misses,
    );
    registry.register(
        "snapshot_cache_patches",
        "Realisation snapshots updated from an older one through the commitments that changed",
        cache.patches,
    );
    registry.register(
        "response_cache_hits",
        "Reads answered from the response cache",
        responses.hits,
    );
    registry.register(
        "response_cache_misses",
        "Reads that found no current answer kept, and ran",
        responses.misses,
    );
    registry.register(
        "list_count_hits",
        "Lists' lengths (totalCount) served from those kept under the current graph version",
        responses.count_hits,
    );
    registry.register(
        "list_count_misses",
        "Lists' lengths (totalCount) counted in the database",
        responses.count_misses,
    );
    registry.register_with_unit(
        "snapshot_build_duration",
        "Time to build a realisation snapshot (reading and assessing a programme at a date)",
        prometheus_client::registry::Unit::Seconds,
        cache.build_seconds,
    );
}
