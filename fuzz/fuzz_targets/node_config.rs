#![no_main]
//! See `trm_fuzz::checks::node_config`.

libfuzzer_sys::fuzz_target!(|data: &[u8]| trm_fuzz::checks::node_config(data));
