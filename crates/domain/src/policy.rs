//! Who may attempt what: the one policy table of the node. Default deny.
//!
//! The table answers "may this role attempt this action at all". For an action on one
//! case, need-to-know is then decided per case by [`crate::access::case_access`]: the
//! role alone never opens a case.

use serde::Serialize;

use crate::codes::Role;

/// Every action the node offers, each named once. A new API route needs an action here
/// and a row in [`TABLE`]; the route × role test fails otherwise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    ReadCatalogue,
    ListCases,
    CreateCase,
    /// Read one case; the sections shown are decided by need-to-know.
    ReadCase,
    /// Change a case, its measures or consents: only the holding organisation.
    UpdateCase,
    /// Grant another organisation or user access to a case, or withdraw it.
    ShareCase,
    /// Open a case in an emergency, stating why; flagged to the case manager.
    BreakGlass,
    /// See who opened a case.
    ReadCaseAccessLog,
    /// Restrict processing of a person's data (GDPR art. 18) or lift the restriction.
    RestrictCase,
    /// Erase a person's data on request (GDPR art. 17); the indicators stay.
    EraseCase,
    /// Everything held about the person, for a subject access request.
    ExportPerson,
    ReadIndicators,
    ReadOrganisations,
    ManageOrganisations,
    ReadUsers,
    ManageUsers,
    /// The audit trail without personal data.
    ReadAuditMetadata,
    VerifyAudit,
    /// The referral template, its labels and its JSON Schema (no personal data).
    ReadTemplate,
    /// Read a referral held by one's organisation, print it, export it.
    ReadReferral,
    /// Draft a referral from a case, edit a draft, start a follow-up version.
    EditReferral,
    /// Freeze a draft and send it to the other country.
    SendReferral,
    /// Take in a referral version written by another country's node.
    ReceiveReferral,
    /// Pseudonymous case data (no names, no free text) as CSV, for analysts.
    ExportCasesCsv,
    /// The federation's state: peers and their link health, messages queued or stuck.
    ReadExchange,
    /// Ask the other country's node something about a referral (seed 004 Table 9).
    SendRequest,
    /// Read the requests of a referral, or one request; who it was dispatched to reads it
    /// too (checked by the service).
    ReadRequest,
    /// Pass a request from abroad to an organisation or a user of this node.
    DispatchRequest,
    /// Answer a request from abroad: the focal point, or whoever it was dispatched to
    /// (checked by the service).
    ReplyRequest,
    /// The focal point's inbox: everything that came from abroad.
    ReadInbox,
    /// Counts and response times of requests per country and kind: no personal data.
    ReadRequestStats,
}

impl Action {
    pub const ALL: [Action; 31] = [
        Action::ReadCatalogue,
        Action::ListCases,
        Action::CreateCase,
        Action::ReadCase,
        Action::UpdateCase,
        Action::ShareCase,
        Action::BreakGlass,
        Action::ReadCaseAccessLog,
        Action::RestrictCase,
        Action::EraseCase,
        Action::ExportPerson,
        Action::ReadIndicators,
        Action::ReadOrganisations,
        Action::ManageOrganisations,
        Action::ReadUsers,
        Action::ManageUsers,
        Action::ReadAuditMetadata,
        Action::VerifyAudit,
        Action::ReadTemplate,
        Action::ReadReferral,
        Action::EditReferral,
        Action::SendReferral,
        Action::ReceiveReferral,
        Action::ExportCasesCsv,
        Action::ReadExchange,
        Action::SendRequest,
        Action::ReadRequest,
        Action::DispatchRequest,
        Action::ReplyRequest,
        Action::ReadInbox,
        Action::ReadRequestStats,
    ];
}

use Role::{
    Administrator as ADM, CaseManager as CM, CaseWorker as CW, DirectoryEditor as DIR,
    FocalPoint as FP, Guardian as GRD, LawEnforcement as LE, Monitor as MON, Prosecutor as PRO,
};

/// The table. Read a row as: this action may be attempted by these roles, and no other.
///
/// - Administrators run the node (users, organisations, keys, audit) and do not read
///   case contents, except by breaking the glass or a restricted case.
/// - Law enforcement, prosecutors and guardians read only what need-to-know opens to
///   them (a share backed by consent or a legal basis; the children in their care).
/// - The monitor sees indicators and audit metadata, never a person.
pub const TABLE: &[(Action, &[Role])] = &[
    (
        Action::ReadCatalogue,
        &[ADM, FP, CM, CW, LE, PRO, GRD, MON, DIR],
    ),
    (Action::ListCases, &[FP, CM, CW, LE, PRO, GRD]),
    (Action::CreateCase, &[FP, CM, CW]),
    (Action::ReadCase, &[ADM, FP, CM, CW, LE, PRO, GRD]),
    (Action::UpdateCase, &[FP, CM, CW]),
    (Action::ShareCase, &[FP, CM]),
    (Action::BreakGlass, &[ADM]),
    (Action::ReadCaseAccessLog, &[FP, CM]),
    (Action::RestrictCase, &[ADM, CM]),
    (Action::EraseCase, &[ADM, CM]),
    (Action::ExportPerson, &[ADM, CM]),
    (Action::ReadIndicators, &[ADM, FP, CM, MON]),
    (
        Action::ReadOrganisations,
        &[ADM, FP, CM, CW, LE, PRO, GRD, MON, DIR],
    ),
    (Action::ManageOrganisations, &[ADM, DIR]),
    (Action::ReadUsers, &[ADM, FP, CM, CW]),
    (Action::ManageUsers, &[ADM]),
    (Action::ReadAuditMetadata, &[ADM, MON]),
    (Action::VerifyAudit, &[ADM, MON]),
    (
        Action::ReadTemplate,
        &[ADM, FP, CM, CW, LE, PRO, GRD, MON, DIR],
    ),
    (Action::ReadReferral, &[FP, CM, CW]),
    (Action::EditReferral, &[FP, CM, CW]),
    // Sending a person's data abroad is decided by the case manager or the focal point.
    (Action::SendReferral, &[FP, CM]),
    // Every request from abroad lands at the focal point (seed 004 §4.3.2).
    (Action::ReceiveReferral, &[FP]),
    (Action::ExportCasesCsv, &[FP, CM]),
    (Action::ReadExchange, &[ADM, FP]),
    // A request carries personal data abroad, like a referral.
    (Action::SendRequest, &[FP, CM]),
    // Police and prosecutors may be the ones a request is dispatched to.
    (Action::ReadRequest, &[FP, CM, CW, LE, PRO]),
    // Every request from abroad lands at the focal point, who dispatches it.
    (Action::DispatchRequest, &[FP]),
    (Action::ReplyRequest, &[FP, CM, CW, LE, PRO]),
    (Action::ReadInbox, &[FP]),
    (Action::ReadRequestStats, &[ADM, FP, CM, MON]),
];

/// Whether `role` may attempt `action`. Anything not in the table is denied.
pub fn allowed(role: Role, action: Action) -> bool {
    TABLE
        .iter()
        .any(|(a, roles)| *a == action && roles.contains(&role))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_has_exactly_one_row() {
        for action in Action::ALL {
            let rows = TABLE.iter().filter(|(a, _)| *a == action).count();
            assert_eq!(rows, 1, "{action:?} has {rows} rows in the policy table");
        }
        assert_eq!(TABLE.len(), Action::ALL.len());
    }

    #[test]
    fn administrators_do_not_work_cases() {
        for action in [
            Action::ListCases,
            Action::CreateCase,
            Action::UpdateCase,
            Action::ShareCase,
        ] {
            assert!(!allowed(Role::Administrator, action), "{action:?}");
        }
        assert!(allowed(Role::Administrator, Action::ManageUsers));
        assert!(allowed(Role::Administrator, Action::BreakGlass));
    }

    #[test]
    fn the_monitor_never_reaches_a_person() {
        for action in [
            Action::ListCases,
            Action::ReadCase,
            Action::ExportPerson,
            Action::ReadUsers,
            Action::ReadCaseAccessLog,
        ] {
            assert!(!allowed(Role::Monitor, action), "{action:?}");
        }
        assert!(allowed(Role::Monitor, Action::ReadAuditMetadata));
        assert!(allowed(Role::Monitor, Action::ReadIndicators));
    }

    #[test]
    fn roles_that_do_not_see_persons_are_kept_from_them() {
        for role in Role::ALL {
            for action in [Action::ReadCase, Action::ListCases, Action::ExportPerson] {
                if allowed(*role, action) {
                    assert!(role.sees_personal_data(), "{role:?} {action:?}");
                }
            }
        }
    }

    #[test]
    fn requests_from_abroad_are_dispatched_by_the_focal_point_alone() {
        for role in Role::ALL {
            assert_eq!(
                allowed(*role, Action::DispatchRequest),
                *role == Role::FocalPoint,
                "{role:?}"
            );
            assert_eq!(
                allowed(*role, Action::ReadInbox),
                *role == Role::FocalPoint,
                "{role:?}"
            );
        }
        assert!(allowed(Role::CaseManager, Action::SendRequest));
        assert!(!allowed(Role::CaseWorker, Action::SendRequest));
        assert!(!allowed(Role::Monitor, Action::ReadRequest));
        assert!(!allowed(Role::Administrator, Action::ReplyRequest));
        // Response times carry no person: the monitor reads them.
        assert!(allowed(Role::Monitor, Action::ReadRequestStats));
    }

    #[test]
    fn only_the_holders_staff_change_cases() {
        for role in [Role::LawEnforcement, Role::Prosecutor, Role::Guardian] {
            assert!(!allowed(role, Action::UpdateCase));
            assert!(!allowed(role, Action::CreateCase));
            assert!(allowed(role, Action::ReadCase));
        }
    }
}
