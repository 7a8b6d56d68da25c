//! What a reader of a case gets: the case, its measures and consents, and what is derived
//! from them (child, overdue, days of reflection left, current consents).

use serde::Serialize;
use time::Date;
use utoipa::ToSchema;

use crate::case::Case;
use crate::consent::{ConsentRecord, CurrentConsent, current_consents};
use crate::measure::Measure;

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CaseView {
    pub case: Case,
    pub measures: Vec<Measure>,
    pub consents: Vec<ConsentRecord>,
    pub derived: Derived,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Derived {
    pub is_child: bool,
    /// Annex I "Formal identification: yes/no".
    pub formal_identification: bool,
    pub reflection_days_left: Option<i64>,
    pub overdue_measures: usize,
    pub current_consents: Vec<CurrentConsent>,
}

impl CaseView {
    pub fn new(
        case: Case,
        measures: Vec<Measure>,
        consents: Vec<ConsentRecord>,
        today: Date,
    ) -> Self {
        let derived = Derived {
            is_child: case.is_child(today),
            formal_identification: case.status.formally_identified(),
            reflection_days_left: case.reflection_period.map(|p| p.days_left(today)),
            overdue_measures: measures.iter().filter(|m| m.is_overdue(today)).count(),
            current_consents: current_consents(&consents),
        };
        CaseView {
            case,
            measures,
            consents,
            derived,
        }
    }
}
