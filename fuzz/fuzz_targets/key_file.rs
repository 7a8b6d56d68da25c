#![no_main]
//! See `trm_fuzz::checks::key_file`.

libfuzzer_sys::fuzz_target!(|data: &[u8]| trm_fuzz::checks::key_file(data));
