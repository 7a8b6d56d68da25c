#![no_main]
//! See `trm_fuzz::checks::json_new_api_token`.

libfuzzer_sys::fuzz_target!(|data: &[u8]| trm_fuzz::checks::json_new_api_token(data));
