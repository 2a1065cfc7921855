//! Importers of outside data into the graph. Today: NHS Organisation Data Service extracts.

pub mod ods;
