#![no_main]
//! See `trm_fuzz::checks::json_reason`.

libfuzzer_sys::fuzz_target!(|data: &[u8]| trm_fuzz::checks::json_reason(data));
