#![allow(clippy::unwrap_used)]

//! Black-box tests: each starts the real application on a free port, over its own fresh
//! database (SQLite by default, PostgreSQL when `TEST_DATABASE_URL` is set), and speaks HTTP
//! to it as a client would.

mod helpers;

mod auth_tokens;
mod commitment_history;
mod cost;
mod demo_history;
mod exports;
mod exports_access;
mod exports_board_pack;
mod exports_series;
mod graphql_http;
mod graphql_people;
mod graphql_programme;
mod graphql_reads;
mod graphql_services;
mod health;
mod import;
mod import_audit;
mod import_history;
mod import_layouts;
mod import_listing;
mod import_practice_map;
mod import_regions;
mod import_reorganisation;
mod lifecycle;
mod lifecycle_rules;
mod live;
mod live_access;
mod live_client;
mod live_cursor;
mod live_socket;
mod logs;
mod migrations;
mod oidc;
mod oidc_identity;
mod oidc_partner;
mod oidc_provider;
mod outage;
mod paging;
mod paging_counts;
mod paging_keys;
mod paging_lists;
mod paging_walks;
mod permissions;
mod permissions_reading;
mod reading;
mod realisation_actual;
mod realisation_commitments;
mod realisation_coverage;
mod realisation_loading;
mod realisation_patched;
mod realisation_register;
mod realisation_rollups;
mod realisation_scope;
mod realisation_spc;
mod response_cache;
mod returns;
mod returns_client;
mod returns_refused;
mod rows_read;
mod schema;
mod statements;
mod validation;
mod validation_audit;
mod world;
