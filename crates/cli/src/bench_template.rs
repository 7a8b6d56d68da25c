//! `trm bench template`: what reading, checking, exporting and printing a referral cost,
//! against the limit measured in the same run: parsing the same bytes into untyped JSON.

use std::hint::black_box;
use std::time::Instant;

use serde::Serialize;
use time::OffsetDateTime;
use trm_domain::referral::VersionState;
use trm_domain::template::{WireDocument, check_for_sending, embedded, parse, to_htcds};
use trm_i18n::Lang;
use trm_server::print::{PrintMeta, page};

use crate::node::CliError;

/// A complete, synthetic referral (both sides filled, a child, a profile field).
const EXAMPLE: &str = include_str!("../../../data/synthetic/referral-v2-it-al.json");

#[derive(Serialize)]
struct Figure {
    what: &'static str,
    micros: f64,
    /// Times the limit: untyped JSON parsing of the same bytes.
    ratio: f64,
}

fn time_it(iterations: u32, mut op: impl FnMut()) -> f64 {
    // One warm-up pass so lazily built tables (template, translations) are not counted.
    op();
    let start = Instant::now();
    for _ in 0..iterations {
        op();
    }
    start.elapsed().as_secs_f64() * 1e6 / f64::from(iterations)
}

pub fn run(json: bool, iterations: u32) -> Result<(), CliError> {
    let bad = |e: String| CliError::Usage(format!("the example referral is broken: {e}"));
    let templates = embedded().map_err(|e| bad(e.to_string()))?;
    let wire: WireDocument = serde_json::from_str(EXAMPLE).map_err(|e| bad(e.to_string()))?;
    let (template, document) = parse(templates, &wire).map_err(|e| bad(e.to_string()))?;
    let today = OffsetDateTime::now_utc().date();
    let meta = PrintMeta {
        version: 2,
        state: VersionState::Received,
        from: "AL",
        to: "IT",
        printed_at: OffsetDateTime::now_utc(),
    };
    let albanian = Lang::parse("sq").map_err(bad)?;

    let limit = time_it(iterations, || {
        black_box(serde_json::from_str::<serde_json::Value>(black_box(EXAMPLE)).ok());
    });
    let mut figures = vec![Figure {
        what: "limit: untyped JSON parse",
        micros: limit,
        ratio: 1.0,
    }];
    let mut add = |what: &'static str, micros: f64| {
        figures.push(Figure {
            what,
            micros,
            ratio: micros / limit,
        })
    };
    add(
        "read: JSON to the wire type",
        time_it(iterations, || {
            black_box(serde_json::from_str::<WireDocument>(black_box(EXAMPLE)).ok());
        }),
    );
    add(
        "read and check: wire type, sender's profile applied, every field typed",
        time_it(iterations, || {
            let wire: Option<WireDocument> = serde_json::from_str(black_box(EXAMPLE)).ok();
            black_box(wire.map(|w| parse(templates, &w).is_ok()));
        }),
    );
    add(
        "rules before sending (required, sides, consents, children, dates)",
        time_it(iterations, || {
            black_box(check_for_sending(&template, &document, None, today).is_ok());
        }),
    );
    add(
        "write: typed document to JSON",
        time_it(iterations, || {
            black_box(serde_json::to_string(&document.to_wire()).ok());
        }),
    );
    add(
        "HTCDS 2.0 export",
        time_it(iterations, || {
            black_box(to_htcds(&template, &document).ok());
        }),
    );
    add(
        "print view in Albanian (A4 HTML)",
        time_it(iterations.div_ceil(10), || {
            black_box(
                page(&template, &document, albanian, &meta)
                    .into_string()
                    .len(),
            );
        }),
    );

    if json {
        let out = serde_json::json!({"bytes": EXAMPLE.len(), "iterations": iterations, "figures": figures});
        println!("{out}");
    } else {
        println!(
            "referral template: one complete referral of {} bytes, {iterations} iterations",
            EXAMPLE.len()
        );
        for f in &figures {
            println!("  {:<72} {:>9.1} µs  {:>6.1}×", f.what, f.micros, f.ratio);
        }
    }
    Ok(())
}
