//! OpenTRM's fuzz targets: one per parser of outside input. The work of each target is a
//! plain function in [`checks`], shared with `crates/server/tests/fuzz_corpus.rs`, which
//! replays `fuzz/corpus/` through the same functions under `cargo test`.

pub mod checks;
