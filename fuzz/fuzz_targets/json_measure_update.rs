#![no_main]
//! See `trm_fuzz::checks::json_measure_update`.

libfuzzer_sys::fuzz_target!(|data: &[u8]| trm_fuzz::checks::json_measure_update(data));
