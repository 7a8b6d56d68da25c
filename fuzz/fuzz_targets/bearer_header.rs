#![no_main]
//! See `trm_fuzz::checks::bearer_header`.

libfuzzer_sys::fuzz_target!(|data: &[u8]| trm_fuzz::checks::bearer_header(data));
