#![no_main]
//! See `trm_fuzz::checks::envelope_open`.

libfuzzer_sys::fuzz_target!(|data: &[u8]| trm_fuzz::checks::envelope_open(data));
