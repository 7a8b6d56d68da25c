#![no_main]
//! See `trm_fuzz::checks::json_referral_wire`.

libfuzzer_sys::fuzz_target!(|data: &[u8]| trm_fuzz::checks::json_referral_wire(data));
