#![no_main]
//! See `trm_fuzz::checks::json_request_payload`.

libfuzzer_sys::fuzz_target!(|data: &[u8]| trm_fuzz::checks::json_request_payload(data));
