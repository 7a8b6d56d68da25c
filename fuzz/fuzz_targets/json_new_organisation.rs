#![no_main]
//! See `trm_fuzz::checks::json_new_organisation`.

libfuzzer_sys::fuzz_target!(|data: &[u8]| trm_fuzz::checks::json_new_organisation(data));
