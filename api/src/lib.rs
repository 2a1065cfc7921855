//! The Realise server library: configuration, the actix-web application, the GraphQL schema,
//! authentication, the derived figures, and the ODS importer and seeders. `src/main.rs` of the
//! root package only parses the command line and calls into here, so that tests start exactly
//! the application that production runs.

pub mod analytics;
pub mod app;
pub mod audit;
pub mod auth;
pub mod benefits;
pub mod commitments;
pub mod config;
pub mod db;
pub mod exports;
pub mod graphql;
pub mod http;
pub mod import;
pub mod live;
pub mod organisations;
pub mod realisation;
pub mod returns;
pub mod schema;
pub mod seed;
pub mod services;
pub mod stakeholders;
pub mod telemetry;
