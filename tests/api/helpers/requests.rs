//! The requests a test makes of its running server: plain HTTP, and GraphQL as an
//! administrator, as a given token or as no one, through the response cache or around it.

use serde_json::{Value, json};

use super::TestApp;

impl TestApp {
    /// GET a path; returns the status and the body.
    pub async fn get(&self, path: &str) -> (u16, String) {
        let mut res = self
            .client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .expect("GET");
        let body = res.body().limit(64 << 20).await.expect("body");
        (
            res.status().as_u16(),
            String::from_utf8_lossy(&body).into_owned(),
        )
    }

    /// Sends a raw request; returns the status, the content type and the body.
    pub async fn send(
        &self,
        req: awc::ClientRequest,
        body: Option<String>,
    ) -> (u16, String, String) {
        let mut res = match body {
            Some(b) => req.send_body(b).await,
            None => req.send().await,
        }
        .expect("request");
        let content_type = res
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_owned();
        let body = res.body().limit(64 << 20).await.expect("body");
        (
            res.status().as_u16(),
            content_type,
            String::from_utf8_lossy(&body).into_owned(),
        )
    }

    /// A request builder for this app.
    pub fn request(&self, method: awc::http::Method, path: &str) -> awc::ClientRequest {
        self.client
            .request(method, format!("{}{path}", self.address))
    }

    /// POSTs a GraphQL request as an administrator and returns the JSON response (whatever the
    /// status).
    pub async fn graphql(&self, query: &str, variables: Value) -> Value {
        let token = self.admin.clone();
        self.graphql_with(Some(&token), query, variables).await
    }

    /// POSTs a GraphQL request with `token`.
    pub async fn graphql_as(&self, token: &str, query: &str, variables: Value) -> Value {
        self.graphql_with(Some(token), query, variables).await
    }

    /// POSTs a GraphQL request without a token.
    pub async fn graphql_anonymous(&self, query: &str, variables: Value) -> Value {
        self.graphql_with(None, query, variables).await
    }

    /// Like [`Self::graphql_as`], and fails the test on any error; returns `data`.
    pub async fn query_as(&self, token: &str, query: &str, variables: Value) -> Value {
        let response = self.graphql_as(token, query, variables).await;
        data_of(response)
    }

    async fn graphql_with(&self, token: Option<&str>, query: &str, variables: Value) -> Value {
        self.post_graphql(token, query, variables, false).await
    }

    /// Like [`Self::graphql`], bypassing the response cache (`Cache-Control: no-cache`): for
    /// the tests that count the statements an execution makes.
    pub async fn graphql_uncached(&self, query: &str, variables: Value) -> Value {
        let token = self.admin.clone();
        self.post_graphql(Some(&token), query, variables, true)
            .await
    }

    /// Like [`Self::query`], bypassing the response cache.
    pub async fn query_uncached(&self, query: &str, variables: Value) -> Value {
        let response = self.graphql_uncached(query, variables).await;
        data_of(response)
    }

    async fn post_graphql(
        &self,
        token: Option<&str>,
        query: &str,
        variables: Value,
        uncached: bool,
    ) -> Value {
        let mut req = self
            .request(awc::http::Method::POST, "/graphql")
            .insert_header(("content-type", "application/json"))
            .insert_header(("accept", "application/graphql-response+json"));
        if uncached {
            req = req.insert_header(("cache-control", "no-cache"));
        }
        if let Some(token) = token {
            req = req.insert_header(("authorization", format!("Bearer {token}")));
        }
        let (_, _, body) = self
            .send(
                req,
                Some(json!({ "query": query, "variables": variables }).to_string()),
            )
            .await;
        serde_json::from_str(&body).unwrap_or_else(|e| panic!("not JSON ({e}): {body}"))
    }

    /// Like [`Self::graphql`], and fails the test on any error; returns `data`.
    pub async fn query(&self, query: &str, variables: Value) -> Value {
        let response = self.graphql(query, variables).await;
        data_of(response)
    }

    /// SQL statements the server has run so far.
    pub fn statements(&self) -> u64 {
        self.db.statement_count()
    }

    /// The global id of the organisation with this ODS code.
    pub async fn org_id(&self, code: &str) -> String {
        let data = self
            .query(
                "query($c: String!) { organisation(odsCode: $c) { id } }",
                json!({ "c": code }),
            )
            .await;
        data["organisation"]["id"]
            .as_str()
            .unwrap_or_else(|| panic!("no organisation {code}"))
            .to_owned()
    }
}

/// The `code` extension of the first error.
pub fn error_code(response: &Value) -> &str {
    response["errors"][0]["extensions"]["code"]
        .as_str()
        .unwrap_or("")
}

/// A response's `data`, failing the test on any error.
fn data_of(response: Value) -> Value {
    assert!(
        response.get("errors").is_none(),
        "unexpected errors: {response:#}"
    );
    response["data"].clone()
}
