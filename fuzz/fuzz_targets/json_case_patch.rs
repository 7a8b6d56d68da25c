#![no_main]
//! See `trm_fuzz::checks::json_case_patch`.

libfuzzer_sys::fuzz_target!(|data: &[u8]| trm_fuzz::checks::json_case_patch(data));
