//! Global Relay ids: the type name and the row key, `Organisation:42`, base64url-encoded so
//! clients treat them as opaque. A malformed id is a BAD_USER_INPUT error; a well-formed id
//! of a row that does not exist is simply not found.

use async_graphql::ID;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use super::error::ApiError;

/// Which type a global id names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NodeType {
    Organisation,
    OrganisationRelationship,
    Person,
    Programme,
    Benefit,
    Commitment,
    Measurement,
    Service,
    Deployment,
    StakeholderAssessment,
    Engagement,
    AuditEvent,
}

impl NodeType {
    const ALL: [NodeType; 12] = [
        Self::Organisation,
        Self::OrganisationRelationship,
        Self::Person,
        Self::Programme,
        Self::Benefit,
        Self::Commitment,
        Self::Measurement,
        Self::Service,
        Self::Deployment,
        Self::StakeholderAssessment,
        Self::Engagement,
        Self::AuditEvent,
    ];

    /// The GraphQL type name.
    pub fn name(self) -> &'static str {
        match self {
            Self::Organisation => "Organisation",
            Self::OrganisationRelationship => "OrganisationRelationship",
            Self::Person => "Person",
            Self::Programme => "Programme",
            Self::Benefit => "Benefit",
            Self::Commitment => "Commitment",
            Self::Measurement => "Measurement",
            Self::Service => "Service",
            Self::Deployment => "Deployment",
            Self::StakeholderAssessment => "StakeholderAssessment",
            Self::Engagement => "Engagement",
            Self::AuditEvent => "AuditEvent",
        }
    }

    /// The type of this GraphQL name.
    pub fn from_name(name: &str) -> Option<NodeType> {
        Self::ALL.into_iter().find(|t| t.name() == name)
    }

    /// The global id of row `key` of this type.
    pub fn id(self, key: i32) -> ID {
        ID(encode(format!("{}:{key}", self.name()).as_bytes()))
    }
}

/// Decodes any global id into its type and key.
pub fn decode_any(id: &ID) -> Result<(NodeType, i32), ApiError> {
    let malformed = || ApiError::BadUserInput(format!("{:?} is not a valid id", id.as_str()));
    let bytes = decode(id.as_str()).ok_or_else(malformed)?;
    let text = std::str::from_utf8(&bytes).map_err(|_| malformed())?;
    let (name, key) = text.split_once(':').ok_or_else(malformed)?;
    let node_type = NodeType::ALL
        .into_iter()
        .find(|t| t.name() == name)
        .ok_or_else(malformed)?;
    let key = key.parse::<i32>().map_err(|_| malformed())?;
    // Only the canonical spelling decodes: `Commitment:01` or `+1` is not `Commitment:1`.
    if node_type.id(key).0 != id.as_str() {
        return Err(malformed());
    }
    Ok((node_type, key))
}

/// Decodes a global id that must name a row of `expected` type.
pub fn decode_as(id: &ID, expected: NodeType) -> Result<i32, ApiError> {
    let (node_type, key) = decode_any(id)?;
    if node_type != expected {
        return Err(ApiError::BadUserInput(format!(
            "{:?} is the id of a {}, not of a {}",
            id.as_str(),
            node_type.name(),
            expected.name()
        )));
    }
    Ok(key)
}

/// Unpadded base64url.
pub fn encode(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// The inverse of [`encode`]; `None` for anything that is not unpadded base64url (or is longer
/// than any id or cursor Realise makes).
pub fn decode(text: &str) -> Option<Vec<u8>> {
    if text.len() > 256 {
        return None;
    }
    URL_SAFE_NO_PAD.decode(text).ok()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn base64url_round_trips() {
        for s in [
            "",
            "f",
            "fo",
            "foo",
            "foob",
            "fooba",
            "foobar",
            "Organisation:12345",
        ] {
            assert_eq!(decode(&encode(s.as_bytes())).unwrap(), s.as_bytes(), "{s}");
        }
        assert_eq!(encode(b"foobar"), "Zm9vYmFy");
        assert_eq!(encode(b"fo"), "Zm8");
    }

    #[test]
    fn ids_round_trip_and_check_their_type() {
        let id = NodeType::Benefit.id(7);
        assert_eq!(decode_any(&id).unwrap(), (NodeType::Benefit, 7));
        assert_eq!(decode_as(&id, NodeType::Benefit).unwrap(), 7);
        assert!(matches!(
            decode_as(&id, NodeType::Person),
            Err(ApiError::BadUserInput(_))
        ));
    }

    #[test]
    fn malformed_ids_are_bad_input() {
        for bad in [
            "",
            "!!!!",
            "x",
            &encode(b"Nope:1"),
            &encode(b"Person:abc"),
            &encode(b"Person"),
        ] {
            assert!(
                matches!(
                    decode_any(&ID(bad.to_owned())),
                    Err(ApiError::BadUserInput(_))
                ),
                "{bad}"
            );
        }
    }

    mod props {
        use proptest::prelude::*;

        use super::*;

        proptest! {
            #[test]
            fn no_text_makes_decoding_panic(text in "\\PC{0,300}") {
                let _ = decode(&text);
                let _ = decode_any(&ID(text));
            }

            #[test]
            fn every_id_decodes_to_its_type_and_key(t in 0usize..NodeType::ALL.len(), key in any::<i32>()) {
                let node_type = NodeType::ALL[t];
                let id = node_type.id(key);
                prop_assert_eq!(decode_any(&id).unwrap(), (node_type, key));
                prop_assert_eq!(decode_as(&id, node_type).unwrap(), key);
            }

            #[test]
            fn only_canonical_spellings_decode(text in "[A-Za-z0-9_-]{0,40}") {
                // Whatever decodes is exactly what encoding its type and key gives back.
                if let Ok((node_type, key)) = decode_any(&ID(text.clone())) {
                    prop_assert_eq!(node_type.id(key).0, text);
                }
            }

            #[test]
            fn padded_or_signed_keys_are_refused(
                t in 0usize..NodeType::ALL.len(),
                key in 0i32..i32::MAX,
                prefix in prop_oneof![Just("0"), Just("+"), Just("00"), Just(" "), Just("+0")],
            ) {
                let node_type = NodeType::ALL[t];
                let text = format!("{}:{prefix}{key}", node_type.name());
                prop_assert!(decode_any(&ID(encode(text.as_bytes()))).is_err(), "{text}");
            }

            #[test]
            fn any_bytes_round_trip_through_base64url(bytes in proptest::collection::vec(any::<u8>(), 0..190)) {
                prop_assert_eq!(decode(&encode(&bytes)).unwrap(), bytes);
            }
        }
    }
}
