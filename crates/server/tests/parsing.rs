//! Property tests of request parsing: whatever arrives, the parser answers Ok, 400 or
//! 422 naming a field, and never panics; every valid generated case parses.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use proptest::prelude::*;
use serde_json::Value;
use trm_domain::case::{CasePatch, NewCase};
use trm_domain::consent::NewConsent;
use trm_domain::measure::NewMeasure;
use trm_server::error::ApiError;
use trm_server::extract::parse_json;

fn today() -> time::Date {
    time::macros::date!(2026 - 11 - 22)
}

fn answer_is_well_formed<T: serde::de::DeserializeOwned>(
    bytes: &[u8],
) -> Result<(), TestCaseError> {
    match parse_json::<T>(bytes) {
        Ok(_) | Err(ApiError::Malformed(_)) => Ok(()),
        Err(ApiError::Invalid(errors)) => {
            prop_assert!(!errors.is_empty());
            for e in errors {
                prop_assert!(!e.field.is_empty() && !e.message.is_empty());
            }
            Ok(())
        }
        Err(other) => Err(TestCaseError::fail(format!("unexpected answer {other:?}"))),
    }
}

/// Every place in a JSON document where a value sits, as a path of keys and indexes.
fn leaf_paths(v: &Value, path: Vec<String>, out: &mut Vec<Vec<String>>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                let mut p = path.clone();
                p.push(k.clone());
                leaf_paths(x, p, out);
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                let mut p = path.clone();
                p.push(i.to_string());
                leaf_paths(x, p, out);
            }
        }
        _ => out.push(path),
    }
}

fn set(v: &mut Value, path: &[String], new: Value) {
    let mut cur = v;
    for k in path {
        cur = match cur {
            Value::Object(m) => m.get_mut(k).unwrap(),
            Value::Array(a) => &mut a[k.parse::<usize>().unwrap()],
            _ => return,
        };
    }
    *cur = new;
}

fn any_json_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        ".{0,12}".prop_map(Value::String),
        Just(Value::Array(vec![])),
        Just(serde_json::json!({"unexpected": true})),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        answer_is_well_formed::<NewCase>(&bytes)?;
        answer_is_well_formed::<CasePatch>(&bytes)?;
        answer_is_well_formed::<NewMeasure>(&bytes)?;
        answer_is_well_formed::<NewConsent>(&bytes)?;
    }

    #[test]
    fn generated_cases_parse(seed in any::<u64>(), index in 0u64..1000) {
        let synthetic = trm_synth::generate_one(seed, index, today());
        let body = serde_json::to_vec(&synthetic.case).unwrap();
        let parsed: NewCase = parse_json(&body).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        prop_assert_eq!(parsed, synthetic.case);
        for m in &synthetic.measures {
            prop_assert!(parse_json::<NewMeasure>(&serde_json::to_vec(m).unwrap()).is_ok());
        }
        for c in &synthetic.consents {
            prop_assert!(parse_json::<NewConsent>(&serde_json::to_vec(c).unwrap()).is_ok());
        }
    }

    /// Any value dropped into any field of a valid case gives Ok or an error that names
    /// that very field (or one inside it).
    #[test]
    fn a_wrong_value_is_blamed_on_its_field(seed in any::<u64>(), pick in any::<prop::sample::Index>(), value in any_json_value()) {
        let synthetic = trm_synth::generate_one(seed, 0, today());
        let mut doc = serde_json::to_value(&synthetic.case).unwrap();
        let mut paths = Vec::new();
        leaf_paths(&doc, Vec::new(), &mut paths);
        let path = pick.get(&paths).clone();
        set(&mut doc, &path, value);
        let bytes = serde_json::to_vec(&doc).unwrap();
        if let Err(ApiError::Invalid(errors)) = parse_json::<NewCase>(&bytes) {
            let dotted: String = path.iter().fold(String::new(), |acc, k| {
                if k.parse::<usize>().is_ok() { format!("{acc}[{k}]") } else if acc.is_empty() { k.clone() } else { format!("{acc}.{k}") }
            });
            let field = &errors[0].field;
            prop_assert!(dotted.starts_with(field.as_str()) || field.starts_with(&dotted),
                "changed {dotted}, error names {field}: {}", errors[0].message);
        }
    }
}
