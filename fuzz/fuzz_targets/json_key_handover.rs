#![no_main]
//! See `trm_fuzz::checks::json_key_handover`.

libfuzzer_sys::fuzz_target!(|data: &[u8]| trm_fuzz::checks::json_key_handover(data));
