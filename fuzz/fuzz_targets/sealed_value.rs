#![no_main]
//! See `trm_fuzz::checks::sealed_value`.

libfuzzer_sys::fuzz_target!(|data: &[u8]| trm_fuzz::checks::sealed_value(data));
