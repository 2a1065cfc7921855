//! Importers of outside data into the graph: NHS Organisation Data Service extracts, and the
//! 2013 reorganisation of primary care trusts into clinical commissioning groups.

pub mod ods;
pub mod reorganisation;
