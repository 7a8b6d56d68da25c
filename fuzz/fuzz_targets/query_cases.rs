#![no_main]
//! See `trm_fuzz::checks::query_cases`.

libfuzzer_sys::fuzz_target!(|data: &[u8]| trm_fuzz::checks::query_cases(data));
