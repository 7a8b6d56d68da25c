//! The timeline: every change to a case is an event with who, when and what changed.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use time::OffsetDateTime;
use utoipa::ToSchema;

use crate::ids::{CaseId, EventId, UserId};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    CaseOpened,
    CaseUpdated,
    MeasureOpened,
    MeasureUpdated,
    ConsentRecorded,
    ConsentRevoked,
    CaseShared,
    ShareWithdrawn,
    /// An administrator opened the case in an emergency: shown to the case manager.
    BreakGlass,
    CaseRestricted,
    CaseUnrestricted,
    /// The person's data was erased on request or by the retention rule.
    CaseAnonymised,
    /// A referral to another country was drafted from the case.
    ReferralDrafted,
    ReferralEdited,
    /// A version of a referral was frozen and sent.
    ReferralSent,
    /// The other country's version of a referral (e.g. its follow-up after return) arrived.
    ReferralReceived,
}

/// Who made a change: a user, or a command run on the node (`trm gen`, imports).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Actor {
    User { id: UserId, name: String },
    Command { command: String },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct CaseEvent {
    pub id: EventId,
    pub case_id: CaseId,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    pub actor: Actor,
    pub kind: EventKind,
    /// The measure code or consent id the event is about, if any.
    pub subject: Option<String>,
    /// Dotted paths of the fields that changed (values stay in the record, not here).
    pub changed: Vec<String>,
}

/// Paths of the leaves that differ between two JSON documents.
pub fn changed_fields(old: &Value, new: &Value) -> Vec<String> {
    let mut out = Vec::new();
    diff(old, new, String::new(), &mut out);
    out
}

fn diff(old: &Value, new: &Value, path: String, out: &mut Vec<String>) {
    match (old, new) {
        (Value::Object(a), Value::Object(b)) => {
            let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
            keys.sort();
            keys.dedup();
            for k in keys {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                match (a.get(k), b.get(k)) {
                    (Some(x), Some(y)) => diff(x, y, p, out),
                    _ => out.push(p),
                }
            }
        }
        (a, b) if a != b => out.push(if path.is_empty() {
            "(document)".to_owned()
        } else {
            path
        }),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn changed_fields_lists_leaf_paths() {
        let a = json!({"status":"presumed_victim","person":{"sex":"female","given_name":"A"},"version":1});
        let b = json!({"status":"identified_formal","person":{"sex":"female","given_name":"B"},"version":2});
        assert_eq!(
            changed_fields(&a, &b),
            vec!["person.given_name", "status", "version"]
        );
        assert!(changed_fields(&a, &a).is_empty());
    }
}
