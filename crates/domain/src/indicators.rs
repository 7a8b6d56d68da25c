//! Indicators: counts that say what the mechanism is doing, never who it is doing it for.
//! Anonymisation must leave every count here unchanged.

use std::collections::BTreeMap;

use serde::Serialize;
use time::Date;
use utoipa::ToSchema;

use crate::case::Case;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, ToSchema)]
pub struct Indicators {
    pub cases: u64,
    pub children: u64,
    pub by_status: BTreeMap<String, u64>,
    pub by_sex: BTreeMap<String, u64>,
    pub by_exploitation: BTreeMap<String, u64>,
    pub by_citizenship: BTreeMap<String, u64>,
    pub anonymised: u64,
}

impl Indicators {
    pub fn add(&mut self, case: &Case, today: Date) {
        self.cases += 1;
        if case.is_child(today) {
            self.children += 1;
        }
        *self.by_status.entry(case.status.code().into()).or_default() += 1;
        *self
            .by_sex
            .entry(case.person.sex.code().into())
            .or_default() += 1;
        for t in &case.case_info.exploitation_types {
            *self.by_exploitation.entry(t.code().into()).or_default() += 1;
        }
        for c in &case.person.citizenships {
            *self.by_citizenship.entry(c.as_str().into()).or_default() += 1;
        }
        if case.anonymised_at.is_some() {
            self.anonymised += 1;
        }
    }

    /// The counts that anonymisation must not move (everything but `anonymised`).
    pub fn counts(&self) -> Indicators {
        Indicators {
            anonymised: 0,
            ..self.clone()
        }
    }
}
