//! Small readers of GraphQL answers the read tests share.

use serde_json::Value;

pub(crate) fn codes(list: &Value, field: &str) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|v| v[field].as_str().unwrap().to_owned())
        .collect()
}

pub(crate) fn nodes(connection: &Value) -> Vec<Value> {
    connection["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"].clone())
        .collect()
}

pub(crate) fn ids(list: &Value) -> Vec<String> {
    let items = match list.get("edges") {
        Some(_) => nodes(list),
        None => list.as_array().unwrap().clone(),
    };
    items
        .iter()
        .map(|v| v["id"].as_str().unwrap().to_owned())
        .collect()
}
