//! Organisations of the National Referral Mechanism, their users, and who may do what.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::ToSchema;

use crate::codes::{CountryCode, LanguageCode, OrganisationKind, Role};
use crate::error::{DomainError, Errors};
use crate::ids::{OrganisationId, UserId};
use crate::rule::Rule;
use crate::text::{SHORT_TEXT_MAX, check_text};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub id: OrganisationId,
    pub name: String,
    pub kind: OrganisationKind,
    pub country: CountryCode,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewOrganisation {
    pub name: String,
    pub kind: OrganisationKind,
    pub country: CountryCode,
}

impl Organisation {
    pub fn create(id: OrganisationId, input: NewOrganisation) -> Result<Organisation, DomainError> {
        let mut e = Errors::new();
        check_text(&mut e, "name", &input.name, SHORT_TEXT_MAX, true);
        e.into_result()?;
        Ok(Organisation {
            id,
            name: input.name.trim().to_owned(),
            kind: input.kind,
            country: input.country,
        })
    }
}

/// A login name: 3–64 characters of a-z, 0-9, '.', '_' and '-'.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(try_from = "String", into = "String")]
#[schema(value_type = String, example = "case.worker")]
pub struct Username(String);

impl Username {
    pub fn parse(text: &str) -> Result<Self, String> {
        let ok = (3..=64).contains(&text.len())
            && text
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b));
        if ok {
            Ok(Self(text.to_owned()))
        } else {
            Err(format!(
                "`{text}` is not a valid username: use 3 to 64 characters a-z, 0-9, '.', '_' or '-'"
            ))
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl TryFrom<String> for Username {
    type Error = String;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}
impl From<Username> for String {
    fn from(value: Username) -> Self {
        value.0
    }
}

pub const MIN_PASSWORD_CHARS: usize = 12;
/// Longer is a paste accident, and slows the hash for nothing.
pub const MAX_PASSWORD_CHARS: usize = 1024;

/// The minimum strength rule for a password. Length is what matters most (NIST SP 800-63B).
pub fn check_password(password: &str) -> Result<(), DomainError> {
    let chars = password.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        return Err(DomainError::field(
            "password",
            Rule::PasswordTooShort {
                len: chars,
                min: MIN_PASSWORD_CHARS,
            },
        ));
    }
    if chars > MAX_PASSWORD_CHARS {
        return Err(DomainError::field(
            "password",
            Rule::LongerThan {
                max: MAX_PASSWORD_CHARS,
            },
        ));
    }
    if password
        .chars()
        .all(|c| c == password.chars().next().unwrap_or(' '))
    {
        return Err(DomainError::field("password", Rule::RepeatedCharacter));
    }
    Ok(())
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct User {
    pub id: UserId,
    pub organisation: OrganisationId,
    pub username: Username,
    pub display_name: String,
    pub role: Role,
    pub disabled: bool,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    /// The language the user chose for the interface; none: their browser's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<LanguageCode>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewUser {
    pub username: Username,
    pub display_name: String,
    pub role: Role,
    pub organisation: OrganisationId,
    /// At least 12 characters.
    pub password: String,
}

impl User {
    pub fn create(id: UserId, input: &NewUser, now: OffsetDateTime) -> Result<User, DomainError> {
        let mut e = Errors::new();
        check_text(
            &mut e,
            "display_name",
            &input.display_name,
            SHORT_TEXT_MAX,
            true,
        );
        if let Err(DomainError::Invalid(errs)) = check_password(&input.password) {
            e.extend(errs);
        }
        e.into_result()?;
        Ok(User {
            id,
            organisation: input.organisation,
            username: input.username.clone(),
            display_name: input.display_name.trim().to_owned(),
            role: input.role,
            disabled: false,
            created_at: now,
            language: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_need_length() {
        assert!(check_password("short").is_err());
        assert!(check_password("aaaaaaaaaaaaaaaa").is_err());
        assert!(check_password("correct horse battery").is_ok());
    }

    /// Found by the `json_new_user` fuzz target: the rule's message was dropped.
    #[test]
    fn a_weak_password_is_named_with_its_rule() {
        let input = NewUser {
            username: Username::parse("case.worker").unwrap(),
            display_name: "Testa Worker".into(),
            role: Role::CaseWorker,
            organisation: OrganisationId::from_uuid(uuid::Uuid::nil()),
            password: "short".into(),
        };
        let at = OffsetDateTime::UNIX_EPOCH;
        let Err(DomainError::Invalid(errors)) =
            User::create(UserId::from_uuid(uuid::Uuid::nil()), &input, at)
        else {
            panic!("a five-character password was accepted");
        };
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].field, "password");
        assert!(errors[0].message.contains("at least 12"), "{errors:?}");
    }

    #[test]
    fn usernames_are_checked() {
        assert!(Username::parse("case.worker").is_ok());
        assert!(Username::parse("Case Worker").is_err());
        assert!(Username::parse("ab").is_err());
    }
}
