//! When an unacknowledged message to another node needs a person's attention.
//!
//! A message waits in the outbox until the peer's signed receipt comes back. Past
//! `warn_after` it is *late* (the administrator is warned: the link may be down), past
//! `alert_after` it is *stuck* (an alert: someone must act, e.g. carry it as a bundle),
//! and at `lifetime` it expires — loudly, never silently. The node's administrator sets
//! the first two in `trm.toml`; the lifetime is bounded by [`MAX_LIFETIME`] because a
//! node keeps its retired decryption keys that long after a rotation.

use serde::{Deserialize, Deserializer, Serialize};
use time::{Duration, OffsetDateTime};
use utoipa::ToSchema;

use crate::error::DomainError;
use crate::rule::Rule;

/// The longest a message may wait for its receipt.
pub const MAX_LIFETIME: Duration = Duration::days(30);

/// Where an unacknowledged message stands against the limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DeliveryHealth {
    /// Acknowledged, or waiting for less than `warn_after`.
    OnTime,
    /// Unacknowledged for `warn_after` or longer: a warning.
    Late,
    /// Unacknowledged for `alert_after` or longer: an alert.
    Stuck,
}

impl DeliveryHealth {
    pub fn code(self) -> &'static str {
        match self {
            DeliveryHealth::OnTime => "on_time",
            DeliveryHealth::Late => "late",
            DeliveryHealth::Stuck => "stuck",
        }
    }

    pub fn from_code(code: &str) -> Option<DeliveryHealth> {
        [
            DeliveryHealth::OnTime,
            DeliveryHealth::Late,
            DeliveryHealth::Stuck,
        ]
        .into_iter()
        .find(|h| h.code() == code)
    }
}

/// The node's delivery limits, valid by construction: `0 < warn_after < alert_after <
/// lifetime <= MAX_LIFETIME`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeliveryLimits {
    warn_after: Duration,
    alert_after: Duration,
    lifetime: Duration,
}

impl Default for DeliveryLimits {
    fn default() -> Self {
        DeliveryLimits {
            warn_after: Duration::minutes(30),
            alert_after: Duration::hours(4),
            lifetime: MAX_LIFETIME,
        }
    }
}

impl DeliveryLimits {
    pub fn new(
        warn_after: Duration,
        alert_after: Duration,
        lifetime: Duration,
    ) -> Result<DeliveryLimits, DomainError> {
        if warn_after <= Duration::ZERO {
            return Err(DomainError::field("exchange.warn_after", Rule::NotPositive));
        }
        if alert_after <= warn_after {
            return Err(DomainError::field(
                "exchange.alert_after",
                Rule::NotAfter {
                    value: show(alert_after),
                    other_field: "exchange.warn_after".into(),
                    other: show(warn_after),
                },
            ));
        }
        if lifetime <= alert_after {
            return Err(DomainError::field(
                "exchange.message_lifetime",
                Rule::NotAfter {
                    value: show(lifetime),
                    other_field: "exchange.alert_after".into(),
                    other: show(alert_after),
                },
            ));
        }
        if lifetime > MAX_LIFETIME {
            return Err(DomainError::field(
                "exchange.message_lifetime",
                Rule::LongerThanKeysKept {
                    value: show(lifetime),
                    max: show(MAX_LIFETIME),
                },
            ));
        }
        Ok(DeliveryLimits {
            warn_after,
            alert_after,
            lifetime,
        })
    }

    pub fn warn_after(&self) -> Duration {
        self.warn_after
    }
    pub fn alert_after(&self) -> Duration {
        self.alert_after
    }
    pub fn lifetime(&self) -> Duration {
        self.lifetime
    }

    /// How a message created at `created_at` stands at `now`.
    pub fn health(
        &self,
        created_at: OffsetDateTime,
        acknowledged: bool,
        now: OffsetDateTime,
    ) -> DeliveryHealth {
        let waited = now - created_at;
        if acknowledged || waited < self.warn_after {
            DeliveryHealth::OnTime
        } else if waited < self.alert_after {
            DeliveryHealth::Late
        } else {
            DeliveryHealth::Stuck
        }
    }
}

/// The `[exchange]` table of `trm.toml`, as written: durations like `"30m"`, `"4h"`,
/// `"30d"`. Absent keys take the defaults.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeliverySettings {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warn_after: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alert_after: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_lifetime: Option<String>,
}

impl DeliverySettings {
    /// The limits these settings give, or the first setting that is wrong, named.
    pub fn limits(&self) -> Result<DeliveryLimits, DomainError> {
        let defaults = DeliveryLimits::default();
        let read = |field: &str, text: &Option<String>, default: Duration| match text {
            Some(t) => parse_duration(field, t),
            None => Ok(default),
        };
        DeliveryLimits::new(
            read("exchange.warn_after", &self.warn_after, defaults.warn_after)?,
            read(
                "exchange.alert_after",
                &self.alert_after,
                defaults.alert_after,
            )?,
            read(
                "exchange.message_lifetime",
                &self.message_lifetime,
                defaults.lifetime,
            )?,
        )
    }
}

impl<'de> Deserialize<'de> for DeliveryLimits {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        DeliverySettings::deserialize(d)?
            .limits()
            .map_err(serde::de::Error::custom)
    }
}

/// A duration as an administrator writes it: a whole number and a unit, `s`, `m`, `h`
/// or `d` (`"90s"`, `"30m"`, `"4h"`, `"30d"`).
pub fn parse_duration(field: &str, text: &str) -> Result<Duration, DomainError> {
    let wrong = || {
        DomainError::field(
            field,
            Rule::NotADuration {
                text: text.to_owned(),
            },
        )
    };
    let text = text.trim();
    let unit_at = text.find(|c: char| !c.is_ascii_digit()).ok_or_else(wrong)?;
    let (number, unit) = text.split_at(unit_at);
    let n: i64 = number.parse().map_err(|_| wrong())?;
    let seconds_per_unit = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3600,
        "d" => 86_400,
        _ => return Err(wrong()),
    };
    // Anything past a year is a typo, and keeps the multiplication far from overflow.
    if n > 366 * 86_400 / seconds_per_unit {
        return Err(DomainError::field(
            field,
            Rule::LongerThanAYear {
                text: text.to_owned(),
            },
        ));
    }
    Ok(Duration::seconds(n * seconds_per_unit))
}

/// A duration the way it is written in the settings.
pub fn show(d: Duration) -> String {
    let s = d.whole_seconds();
    if s % 86_400 == 0 {
        format!("{}d", s / 86_400)
    } else if s % 3600 == 0 {
        format!("{}h", s / 3600)
    } else if s % 60 == 0 {
        format!("{}m", s / 60)
    } else {
        format!("{s}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use time::macros::datetime;

    fn field_of(e: DomainError) -> String {
        match e {
            DomainError::Invalid(errors) => errors[0].field.clone(),
            other => panic!("{other}"),
        }
    }

    #[test]
    fn durations_are_read_in_the_four_units() {
        assert_eq!(parse_duration("f", "90s").unwrap(), Duration::seconds(90));
        assert_eq!(parse_duration("f", "30m").unwrap(), Duration::minutes(30));
        assert_eq!(parse_duration("f", " 4h ").unwrap(), Duration::hours(4));
        assert_eq!(parse_duration("f", "30d").unwrap(), Duration::days(30));
    }

    #[test]
    fn a_wrong_duration_names_the_setting() {
        for bad in [
            "",
            "30",
            "m",
            "30 minutes",
            "-5m",
            "3.5h",
            "1w",
            "99999999999999999999d",
        ] {
            let e = parse_duration("exchange.warn_after", bad).unwrap_err();
            assert_eq!(field_of(e), "exchange.warn_after", "{bad}");
        }
        assert!(parse_duration("f", "367d").is_err());
        assert!(parse_duration("f", "366d").is_ok());
    }

    #[test]
    fn limits_must_be_in_order_and_within_the_key_retention() {
        let m = Duration::minutes;
        assert!(DeliveryLimits::new(m(10), m(60), Duration::days(1)).is_ok());
        assert_eq!(
            field_of(DeliveryLimits::new(m(0), m(60), Duration::days(1)).unwrap_err()),
            "exchange.warn_after"
        );
        assert_eq!(
            field_of(DeliveryLimits::new(m(60), m(60), Duration::days(1)).unwrap_err()),
            "exchange.alert_after"
        );
        assert_eq!(
            field_of(DeliveryLimits::new(m(10), m(60), m(60)).unwrap_err()),
            "exchange.message_lifetime"
        );
        assert_eq!(
            field_of(DeliveryLimits::new(m(10), m(60), Duration::days(31)).unwrap_err()),
            "exchange.message_lifetime"
        );
    }

    #[test]
    fn settings_fill_in_defaults_and_name_the_wrong_key() {
        let settings: DeliverySettings = toml::from_str("warn_after = \"5m\"").unwrap();
        let limits = settings.limits().unwrap();
        assert_eq!(limits.warn_after(), Duration::minutes(5));
        assert_eq!(
            limits.alert_after(),
            DeliveryLimits::default().alert_after()
        );
        let settings: DeliverySettings = toml::from_str("alert_after = \"10m\"").unwrap();
        assert_eq!(
            field_of(settings.limits().unwrap_err()),
            "exchange.alert_after"
        );
        assert!(toml::from_str::<DeliverySettings>("warn_afer = \"5m\"").is_err());
    }

    #[test]
    fn health_follows_the_thresholds() {
        let limits = DeliveryLimits::default();
        let t0 = datetime!(2026-01-01 00:00 UTC);
        assert_eq!(limits.health(t0, false, t0), DeliveryHealth::OnTime);
        assert_eq!(
            limits.health(t0, false, t0 + Duration::minutes(30)),
            DeliveryHealth::Late
        );
        assert_eq!(
            limits.health(t0, false, t0 + Duration::hours(4)),
            DeliveryHealth::Stuck
        );
        assert_eq!(
            limits.health(t0, true, t0 + Duration::days(5)),
            DeliveryHealth::OnTime
        );
    }

    proptest! {
        #[test]
        fn health_never_improves_while_unacknowledged(a in 0i64..5_000_000, b in 0i64..5_000_000) {
            let limits = DeliveryLimits::default();
            let t0 = datetime!(2026-01-01 00:00 UTC);
            let (early, late) = (a.min(b), a.max(b));
            prop_assert!(
                limits.health(t0, false, t0 + Duration::seconds(early))
                    <= limits.health(t0, false, t0 + Duration::seconds(late))
            );
        }

        #[test]
        fn shown_durations_read_back(s in 1i64..(366 * 86_400)) {
            let d = Duration::seconds(s);
            prop_assert_eq!(parse_duration("f", &show(d)).unwrap(), d);
        }
    }
}
