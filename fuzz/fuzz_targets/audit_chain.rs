#![no_main]
//! See `trm_fuzz::checks::audit_chain`.

libfuzzer_sys::fuzz_target!(|data: &[u8]| trm_fuzz::checks::audit_chain(data));
