#![no_main]
//! See `trm_fuzz::checks::session_cookie`.

libfuzzer_sys::fuzz_target!(|data: &[u8]| trm_fuzz::checks::session_cookie(data));
