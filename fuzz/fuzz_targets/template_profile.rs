#![no_main]
//! See `trm_fuzz::checks::template_profile`.

libfuzzer_sys::fuzz_target!(|data: &[u8]| trm_fuzz::checks::template_profile(data));
