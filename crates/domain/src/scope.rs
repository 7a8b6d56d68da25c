//! Scopes of API tokens: what a token made for a script or another system may do. A
//! token can do only what both its user's role (the policy table, `org::allowed`) and
//! its scopes allow; an interactive session is bounded by the role alone.

use std::fmt;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::org::Action;

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
    /// Read the audit log.
    #[serde(rename = "audit:read")]
    AuditRead,
}

impl Scope {
    pub const ALL: &'static [Scope] = &[
        Scope::CasesRead,
        Scope::CasesWrite,
        Scope::DirectoryRead,
        Scope::DirectoryWrite,
        Scope::UsersManage,
        Scope::AuditRead,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Scope::CasesRead => "cases:read",
            Scope::CasesWrite => "cases:write",
            Scope::DirectoryRead => "directory:read",
            Scope::DirectoryWrite => "directory:write",
            Scope::UsersManage => "users:manage",
            Scope::AuditRead => "audit:read",
        }
    }

    pub fn from_code(code: &str) -> Option<Scope> {
        Scope::ALL.iter().copied().find(|s| s.code() == code)
    }

    /// The one mapping from scopes to the policy's actions. Default deny: an action not
    /// named here, including any added to `Action` later, is outside every scope until it
    /// is named, so a new action never widens what existing tokens can do.
    pub fn allows(self, action: Action) -> bool {
        use Action::*;
        match self {
            Scope::CasesRead => matches!(action, ReadCases | ReadCatalogue),
            Scope::CasesWrite => matches!(action, WriteCases),
            Scope::DirectoryRead => {
                matches!(action, ReadOrganisations | ReadUsers | ReadCatalogue)
            }
            Scope::DirectoryWrite => matches!(action, ManageOrganisations),
            Scope::UsersManage => matches!(action, ManageUsers | ReadUsers),
            // No action reads the audit log yet; the scope exists so tokens can ask for it.
            Scope::AuditRead => false,
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
        assert!(Scope::CasesRead.allows(Action::ReadCases));
        assert!(!Scope::CasesRead.allows(Action::WriteCases));
        assert!(Scope::CasesWrite.allows(Action::WriteCases));
        assert!(!Scope::DirectoryRead.allows(Action::ManageUsers));
        assert!(!Scope::DirectoryRead.allows(Action::ReadCases));
        assert!(Scope::UsersManage.allows(Action::ManageUsers));
        assert!(!Scope::UsersManage.allows(Action::ReadCases));
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
    fn sets_hold_what_was_put_in() {
        let set: ScopeSet = [Scope::CasesRead, Scope::AuditRead].into_iter().collect();
        assert!(set.contains(Scope::CasesRead) && set.contains(Scope::AuditRead));
        assert!(!set.contains(Scope::CasesWrite));
        assert_eq!(
            set.iter().collect::<Vec<_>>(),
            [Scope::CasesRead, Scope::AuditRead]
        );
        assert!(set.allows(Action::ReadCases));
        assert!(!set.allows(Action::WriteCases));
        assert!(ScopeSet::default().is_empty());
        assert!(!ScopeSet::default().allows(Action::ReadCatalogue));
    }
}
