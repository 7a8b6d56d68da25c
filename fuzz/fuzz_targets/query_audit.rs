#![no_main]
//! See `trm_fuzz::checks::query_audit`.

libfuzzer_sys::fuzz_target!(|data: &[u8]| trm_fuzz::checks::query_audit(data));
