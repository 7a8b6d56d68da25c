//! OpenTRM's domain: a person's case along the five SOPs of the Transnational Referral
//! Mechanism, with the seeds' rules. Pure code: no IO, no async, no database; time and
//! identifiers are parameters.

pub mod access;
pub mod anonymise;
pub mod audit;
pub mod case;
pub mod cases_csv;
pub mod catalogue;
pub mod codes;
pub mod consent;
pub mod delivery;
pub mod error;
pub mod ids;
pub mod indicators;
pub mod knowledge;
pub mod measure;
pub mod org;
pub mod person;
pub mod policy;
pub mod referral;
pub mod request;
pub mod rule;
pub mod scope;
pub mod template;
mod text;
pub mod timeline;
pub mod view;

pub use case::{Case, CaseInfo, CasePatch, NewCase};
pub use catalogue::{Catalogue, MeasureCode, Sop, catalogue, load_catalogue};
pub use error::{DomainError, FieldError};
pub use rule::Rule;
