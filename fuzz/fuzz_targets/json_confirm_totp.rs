#![no_main]
//! See `trm_fuzz::checks::json_confirm_totp`.

libfuzzer_sys::fuzz_target!(|data: &[u8]| trm_fuzz::checks::json_confirm_totp(data));
