//! A small health system for the mutation tests: an area team, a trust PART_OF it, a
//! neighbouring trust that is not, a closed trust and the trust's successor; people, a
//! programme, a service deployed at the trust. Organisations and their relationships go in
//! through the database (no mutation makes them); everything else through GraphQL as an
//! administrator, and a test adds what it needs with the helpers below.

use std::sync::atomic::{AtomicU32, Ordering};

use chrono::NaiveDate;
use entity::enums::{OrganisationKind, OrganisationStatus, RelationshipKind};
use entity::{organisation, organisation_relationship};
use realise_api::auth::Role;
use realise_api::graphql::ids::NodeType;
use sea_orm::{ActiveModelTrait, Set};
use serde_json::{Value, json};

use crate::helpers::TestApp;

mod mutations;
pub use mutations::*;

/// ODS codes of the world's organisations.
pub const AREA: &str = "Q01";
pub const TRUST: &str = "T01";
pub const NEIGHBOUR: &str = "T02";
pub const CLOSED: &str = "T03";
pub const SUCCESSOR: &str = "T04";

/// Global ids of what the world holds.
pub struct World {
    pub trust: String,
    pub neighbour: String,
    pub closed: String,
    pub successor: String,
    pub trust_person: String,
    pub neighbour_person: String,
    pub programme: String,
    pub service: String,
    pub deployment: String,
}

async fn org(app: &TestApp, code: &str, kind: OrganisationKind, closed: bool) -> i32 {
    organisation::ActiveModel {
        ods_code: Set(Some(code.into())),
        name: Set(format!("Organisation {code}")),
        kind: Set(kind),
        status: Set(if closed {
            OrganisationStatus::Closed
        } else {
            OrganisationStatus::Active
        }),
        closed_on: Set(closed.then(|| NaiveDate::from_ymd_opt(2020, 3, 31).unwrap())),
        ..Default::default()
    }
    .insert(&app.db.conn)
    .await
    .unwrap()
    .id
}

async fn relate(app: &TestApp, from: i32, to: i32, kind: RelationshipKind) {
    organisation_relationship::ActiveModel {
        from_organisation_id: Set(from),
        to_organisation_id: Set(to),
        kind: Set(kind),
        valid_from: Set(NaiveDate::from_ymd_opt(2013, 4, 1)),
        ..Default::default()
    }
    .insert(&app.db.conn)
    .await
    .unwrap();
}

/// Runs a mutation as an administrator and returns its payload, failing on any error.
pub async fn admin(app: &TestApp, mutation: &str, input: Value) -> Value {
    let name = mutation_name(mutation);
    let data = app.query(mutation, json!({ "input": input })).await;
    let payload = data[&name].clone();
    assert_eq!(payload["userErrors"], json!([]), "{name}: {payload}");
    payload
}

/// The version commitment `id` is at now, as an administrator reads it.
pub async fn version_of(app: &TestApp, id: &str) -> i64 {
    let q = "query($id: ID!) { node(id: $id) { ... on Commitment { version } } }";
    app.query(q, json!({ "id": id })).await["node"]["version"]
        .as_i64()
        .unwrap()
}

/// The first field name of a mutation document: `mutation($input: X!) { name(input: ...`.
pub fn mutation_name(mutation: &str) -> String {
    let body = &mutation[mutation.find('{').unwrap() + 1..];
    body.trim_start()
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap()
        .to_owned()
}

static CODES: AtomicU32 = AtomicU32::new(0);

impl World {
    pub async fn build(app: &TestApp) -> World {
        let area = org(app, AREA, OrganisationKind::AreaTeam, false).await;
        let trust = org(app, TRUST, OrganisationKind::NhsTrust, false).await;
        let neighbour = org(app, NEIGHBOUR, OrganisationKind::NhsTrust, false).await;
        let closed = org(app, CLOSED, OrganisationKind::NhsTrust, true).await;
        let successor = org(app, SUCCESSOR, OrganisationKind::NhsTrust, false).await;
        relate(app, trust, area, RelationshipKind::PartOf).await;
        relate(app, trust, successor, RelationshipKind::SucceededBy).await;
        let id = |k| NodeType::Organisation.id(k).0;
        let (trust, neighbour) = (id(trust), id(neighbour));
        let person = |name: &str, org: &str| json!({ "name": name, "email": format!("{}@nhs.example", name.to_lowercase()), "organisation": org });
        let trust_person =
            admin(app, CREATE_PERSON, person("Tess", &trust)).await["person"]["id"].clone();
        let neighbour_person =
            admin(app, CREATE_PERSON, person("Ned", &neighbour)).await["person"]["id"].clone();
        let programme = admin(
            app,
            CREATE_PROGRAMME,
            json!({ "name": "Electronic prescribing" }),
        )
        .await;
        let service = admin(
            app,
            CREATE_SERVICE,
            json!({ "name": "EPS", "valueType": "WORKING_SMARTER", "reach": "INTERNAL" }),
        )
        .await;
        let service = service["service"]["id"].as_str().unwrap().to_owned();
        let deployment = admin(
            app,
            CREATE_DEPLOYMENT,
            json!({ "service": service, "organisation": trust }),
        )
        .await;
        World {
            trust,
            neighbour,
            closed: id(closed),
            successor: id(successor),
            trust_person: trust_person.as_str().unwrap().to_owned(),
            neighbour_person: neighbour_person.as_str().unwrap().to_owned(),
            programme: programme["programme"]["id"].as_str().unwrap().to_owned(),
            service,
            deployment: deployment["deployment"]["id"].as_str().unwrap().to_owned(),
        }
    }

    /// A new benefit of the programme, with a fresh code.
    pub async fn benefit(&self, app: &TestApp) -> String {
        let code = format!("B{}", CODES.fetch_add(1, Ordering::Relaxed));
        let input = json!({ "programme": self.programme, "code": code, "title": "Fewer errors",
            "category": "SAFETY", "measure": "errors", "unit": "count", "direction": "DECREASE",
            "rollup": "SUM", "valueType": "WORKING_SMARTER", "reach": "INTERNAL" });
        admin(app, CREATE_BENEFIT, input).await["benefit"]["id"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    /// The input of a valid new commitment of `org` to `benefit`.
    pub fn commitment_input(&self, org: &str, benefit: &str) -> Value {
        json!({ "organisation": org, "benefit": benefit, "baseline": 100.0, "baselineOn": "2024-04-01",
                "target": 50.0, "targetOn": "2027-03-31" })
    }

    /// A new commitment of `org` (to a new benefit), driven by an administrator to `status`;
    /// returns its id.
    pub async fn commitment(&self, app: &TestApp, org: &str, status: &str) -> String {
        let benefit = self.benefit(app).await;
        let created = admin(app, CREATE_COMMITMENT, self.commitment_input(org, &benefit)).await;
        let id = created["commitment"]["id"].as_str().unwrap().to_owned();
        let steps = [
            ("PROPOSED", PROPOSE),
            ("AGREED", AGREE),
            ("SIGNED_OFF", SIGN_OFF),
            ("REALISED", REALISE),
        ];
        let wanted = steps
            .iter()
            .position(|(s, _)| *s == status)
            .map_or(0, |i| i + 1);
        for (_, mutation) in &steps[..wanted] {
            let mut input = self.step_input(app, mutation, &id).await;
            if mutation_name(mutation) == "signOffCommitment" {
                input["signedOffBy"] = json!(self.person_of(org));
            }
            admin(app, mutation, input).await;
        }
        id
    }

    /// A person of `org` (the trust's, or the neighbour's for the neighbour), who may sign off
    /// its commitments.
    pub fn person_of(&self, org: &str) -> &str {
        if org == self.neighbour {
            &self.neighbour_person
        } else {
            &self.trust_person
        }
    }

    /// The input of a lifecycle step of commitment `id`, at the version it is at now.
    pub async fn step_input(&self, app: &TestApp, mutation: &str, id: &str) -> Value {
        let version = version_of(app, id).await;
        match mutation_name(mutation).as_str() {
            "signOffCommitment" => {
                json!({ "id": id, "version": version, "signedOffBy": self.trust_person })
            }
            "withdrawCommitment" => {
                json!({ "id": id, "version": version, "reason": "no longer needed" })
            }
            "transferCommitment" => {
                json!({ "id": id, "version": version, "successor": self.successor })
            }
            _ => json!({ "id": id, "version": version }),
        }
    }

    /// A measurement of commitment `id`; returns the measurement's id.
    pub async fn measurement(&self, app: &TestApp, commitment: &str) -> String {
        let input = json!({ "commitment": commitment, "measuredOn": "2025-01-31", "value": 90.0 });
        admin(app, RECORD_MEASUREMENT, input).await["measurement"]["id"]
            .as_str()
            .unwrap()
            .to_owned()
    }
}

/// An executive of the area team: acts for the area and the trust PART_OF it.
pub fn executive(app: &TestApp) -> String {
    app.token(Role::Executive, Some(AREA))
}

/// Runs a mutation as an administrator, checks that it made nothing (its object is null), and
/// returns its user error codes.
pub async fn refused(app: &TestApp, mutation: &str, input: Value) -> Vec<String> {
    let data = app.query(mutation, json!({ "input": input })).await;
    let payload = &data[&mutation_name(mutation)];
    assert!(
        payload
            .as_object()
            .unwrap()
            .iter()
            .any(|(k, v)| k != "userErrors" && v.is_null()),
        "refused with nothing made: {payload}"
    );
    error_codes(payload)
}

/// The `userErrors` codes of a payload.
pub fn error_codes(payload: &Value) -> Vec<String> {
    payload["userErrors"]
        .as_array()
        .unwrap_or_else(|| panic!("no userErrors: {payload}"))
        .iter()
        .map(|e| e["code"].as_str().unwrap().to_owned())
        .collect()
}
