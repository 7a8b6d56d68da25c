#![no_main]
//! See `trm_fuzz::checks::sealed_stream`.

libfuzzer_sys::fuzz_target!(|data: &[u8]| trm_fuzz::checks::sealed_stream(data));
