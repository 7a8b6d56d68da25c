//! Scopes of API tokens: what a token made for a script or another system may do. A
//! token can do only what both its user's role (the policy table, `policy::allowed`)
//! and its scopes allow; an interactive session is bounded by the role alone.

use std::fmt;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::policy::Action;

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ToSchema,
)]
pub enum Scope {
    /// Read cases, their measures, consents and timelines (and the SOP catalogue).
    #[serde(rename = "cases:read")]
    CasesRead,
    /// Create and change cases, measures and consents (pair with `cases:read` to read them).
    #[serde(rename = "cases:write")]
    CasesWrite,
    /// Read the directory: organisations and users (and the SOP catalogue).
    #[serde(rename = "directory:read")]
    DirectoryRead,
    /// Add organisations to the directory.
    #[serde(rename = "directory:write")]
    DirectoryWrite,
    /// Create and disable accounts.
    #[serde(rename = "users:manage")]
    UsersManage,
    /// Read the audit trail's metadata and verify the chain.
    #[serde(rename = "audit:read")]
    AuditRead,
    /// Read the anonymous indicators (statistics), response times of requests included.
    #[serde(rename = "indicators:read")]
    IndicatorsRead,
    /// Read the referral template, the referrals the organisation holds, their requests
    /// and the focal point's inbox.
    #[serde(rename = "referrals:read")]
    ReferralsRead,
    /// Draft and edit referrals, and take in versions from another country's system.
    /// Sending stays with a person at a login: it discloses data abroad.
    #[serde(rename = "referrals:write")]
    ReferralsWrite,
    /// The analysts' pseudonymous case CSV.
    #[serde(rename = "cases:export")]
    CasesExport,
}

impl Scope {
    pub const ALL: &'static [Scope] = &[
        Scope::CasesRead,
        Scope::CasesWrite,
        Scope::DirectoryRead,
        Scope::DirectoryWrite,
        Scope::UsersManage,
        Scope::AuditRead,
        Scope::IndicatorsRead,
        Scope::ReferralsRead,
        Scope::ReferralsWrite,
        Scope::CasesExport,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Scope::CasesRead => "cases:read",
            Scope::CasesWrite => "cases:write",
            Scope::DirectoryRead => "directory:read",
            Scope::DirectoryWrite => "directory:write",
            Scope::UsersManage => "users:manage",
            Scope::AuditRead => "audit:read",
            Scope::IndicatorsRead => "indicators:read",
            Scope::ReferralsRead => "referrals:read",
            Scope::ReferralsWrite => "referrals:write",
            Scope::CasesExport => "cases:export",
        }
    }

    pub fn from_code(code: &str) -> Option<Scope> {
        Scope::ALL.iter().copied().find(|s| s.code() == code)
    }

    /// The one mapping from scopes to the policy's actions. Default deny: an action not
    /// named here, including any added to `Action` later, is outside every scope until it
    /// is named, so a new action never widens what existing tokens can do. Sharing a
    /// case, breaking the glass, the case access log, restriction, erasure and the
    /// subject access export are in no scope: they stay with a person at a login.
    pub fn allows(self, action: Action) -> bool {
        // Paths in full: a renamed action is then a compile error, never a catch-all.
        match self {
            Scope::CasesRead => matches!(
                action,
                Action::ReadCatalogue | Action::ListCases | Action::ReadCase
            ),
            Scope::CasesWrite => matches!(action, Action::CreateCase | Action::UpdateCase),
            Scope::DirectoryRead => matches!(
                action,
                Action::ReadCatalogue | Action::ReadOrganisations | Action::ReadUsers
            ),
            Scope::DirectoryWrite => matches!(action, Action::ManageOrganisations),
            Scope::UsersManage => matches!(action, Action::ReadUsers | Action::ManageUsers),
            Scope::AuditRead => matches!(action, Action::ReadAuditMetadata | Action::VerifyAudit),
            // Response times per country and kind carry no person.
            Scope::IndicatorsRead => {
                matches!(action, Action::ReadIndicators | Action::ReadRequestStats)
            }
            // Sending, dispatching and answering a request stay with a person at a login:
            // the first and the last disclose data abroad.
            Scope::ReferralsRead => matches!(
                action,
                Action::ReadTemplate
                    | Action::ReadReferral
                    | Action::ReadRequest
                    | Action::ReadInbox
            ),
            Scope::ReferralsWrite => {
                matches!(action, Action::EditReferral | Action::ReceiveReferral)
            }
            Scope::CasesExport => matches!(action, Action::ExportCasesCsv),
        }
    }
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A set of scopes, small and `Copy` so that an authenticated caller carries it for free.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ScopeSet(u16);

impl ScopeSet {
    fn bit(scope: Scope) -> u16 {
        1 << Scope::ALL.iter().position(|s| *s == scope).unwrap_or(15)
    }
    pub fn contains(self, scope: Scope) -> bool {
        self.0 & Self::bit(scope) != 0
    }
    pub fn insert(&mut self, scope: Scope) {
        self.0 |= Self::bit(scope);
    }
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
    pub fn iter(self) -> impl Iterator<Item = Scope> {
        Scope::ALL
            .iter()
            .copied()
            .filter(move |s| self.contains(*s))
    }
    /// Whether any scope of the set allows the action.
    pub fn allows(self, action: Action) -> bool {
        self.iter().any(|s| s.allows(action))
    }
}

impl FromIterator<Scope> for ScopeSet {
    fn from_iter<I: IntoIterator<Item = Scope>>(iter: I) -> Self {
        let mut set = ScopeSet::default();
        for s in iter {
            set.insert(s);
        }
        set
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_on_the_wire() {
        for s in Scope::ALL {
            assert_eq!(Scope::from_code(s.code()), Some(*s));
            let json = serde_json::to_string(s).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", s.code()));
        }
        assert_eq!(Scope::from_code("cases:delete"), None);
        assert!(serde_json::from_str::<Scope>("\"cases\"").is_err());
    }

    #[test]
    fn a_read_only_scope_cannot_write() {
        assert!(Scope::CasesRead.allows(Action::ReadCase));
        assert!(Scope::CasesRead.allows(Action::ListCases));
        assert!(!Scope::CasesRead.allows(Action::CreateCase));
        assert!(!Scope::CasesRead.allows(Action::UpdateCase));
        assert!(Scope::CasesWrite.allows(Action::UpdateCase));
        assert!(!Scope::DirectoryRead.allows(Action::ManageUsers));
        assert!(!Scope::DirectoryRead.allows(Action::ReadCase));
        assert!(Scope::UsersManage.allows(Action::ManageUsers));
        assert!(!Scope::UsersManage.allows(Action::ReadCase));
        assert!(Scope::AuditRead.allows(Action::VerifyAudit));
        assert!(!Scope::AuditRead.allows(Action::ReadCase));
    }

    #[test]
    fn no_scope_reaches_beyond_what_it_names() {
        // Managing accounts and organisations is never reachable from case scopes.
        for s in [Scope::CasesRead, Scope::CasesWrite, Scope::AuditRead] {
            assert!(!s.allows(Action::ManageUsers), "{s}");
            assert!(!s.allows(Action::ManageOrganisations), "{s}");
        }
    }

    #[test]
    fn the_weightiest_actions_are_in_no_scope() {
        for action in [
            Action::ShareCase,
            Action::BreakGlass,
            Action::ReadCaseAccessLog,
            Action::RestrictCase,
            Action::EraseCase,
            Action::ExportPerson,
        ] {
            for s in Scope::ALL {
                assert!(!s.allows(action), "{s} allows {action:?}");
            }
        }
    }

    #[test]
    fn every_action_a_token_can_reach_is_named_by_some_scope() {
        // The weightiest actions, and sending a referral abroad: they are used from an
        // interactive session. Naming them keeps a new action from silently joining or
        // leaving the list.
        let in_no_scope = [
            Action::ShareCase,
            Action::BreakGlass,
            Action::ReadCaseAccessLog,
            Action::RestrictCase,
            Action::EraseCase,
            Action::ExportPerson,
            Action::SendReferral,
            Action::ReadExchange,
            Action::SendRequest,
            Action::DispatchRequest,
            Action::ReplyRequest,
        ];
        let reachable: Vec<Action> = Action::ALL
            .into_iter()
            .filter(|a| Scope::ALL.iter().any(|s| s.allows(*a)))
            .collect();
        let expected: Vec<Action> = Action::ALL
            .into_iter()
            .filter(|a| !in_no_scope.contains(a))
            .collect();
        assert_eq!(reachable, expected);
    }

    #[test]
    fn sets_hold_what_was_put_in() {
        let set: ScopeSet = [Scope::CasesRead, Scope::AuditRead].into_iter().collect();
        assert!(set.contains(Scope::CasesRead) && set.contains(Scope::AuditRead));
        assert!(!set.contains(Scope::CasesWrite));
        assert_eq!(
            set.iter().collect::<Vec<_>>(),
            [Scope::CasesRead, Scope::AuditRead]
        );
        assert!(set.allows(Action::ReadCase));
        assert!(!set.allows(Action::UpdateCase));
        assert!(ScopeSet::default().is_empty());
        assert!(!ScopeSet::default().allows(Action::ReadCatalogue));
    }
}
