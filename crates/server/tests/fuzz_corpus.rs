//! Replays every seed of the fuzz targets (`fuzz/corpus/<target>/`) through the same
//! checks the targets run (`fuzz/src/checks.rs`), without the fuzzer: the checks keep
//! compiling and the seeds, crash inputs included, keep passing under `cargo test`.

#[path = "../../../fuzz/src/checks.rs"]
mod checks;

use std::path::Path;

#[test]
fn every_fuzz_corpus_file_passes_its_checks() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus");
    let mut failures = Vec::new();
    let mut replayed = 0;
    for (target, check) in checks::TARGETS {
        let dir = corpus.join(target);
        let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        let mut files: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        files.sort();
        assert!(!files.is_empty(), "{} holds no seed", dir.display());
        for file in files {
            let data = std::fs::read(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            if std::panic::catch_unwind(|| check(&data)).is_err() {
                failures.push(file.display().to_string());
            }
            replayed += 1;
        }
    }
    assert!(failures.is_empty(), "fuzz checks failed on {failures:?}");
    assert!(replayed >= checks::TARGETS.len());
}

/// No fuzz target is left out of the table the replay walks, nor lacks a seed folder.
#[test]
fn every_fuzz_target_has_a_check_and_seeds() {
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz");
    let mut targets: Vec<String> = std::fs::read_dir(fuzz.join("fuzz_targets"))
        .unwrap_or_else(|e| panic!("fuzz/fuzz_targets: {e}"))
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name()
                .to_str()?
                .strip_suffix(".rs")
                .map(str::to_owned)
        })
        .collect();
    targets.sort();
    let mut known: Vec<String> = checks::TARGETS
        .iter()
        .map(|(n, _)| (*n).to_owned())
        .collect();
    known.sort();
    assert_eq!(targets, known);
    for t in &targets {
        assert!(fuzz.join("corpus").join(t).is_dir(), "no seeds for {t}");
    }
}

/// The envelope seeds still are what their names say: the valid ones open, each broken
/// one is refused for its own reason. A change of the envelope format that turned them
/// all into malformed input would leave the fuzzer starting from noise.
#[test]
fn the_envelope_seeds_are_what_their_names_say() {
    use trm_exchange::ExchangeError as E;
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus/envelope_open");
    let nodes = checks::envelope_nodes();
    let open = |name: &str| {
        let data = std::fs::read(corpus.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        trm_exchange::open(&data, &nodes.b_local(), &nodes.a_peer(), checks::NOW)
    };
    for name in ["valid", "valid_empty_follow_up", "valid_old_key"] {
        if let Err(e) = open(name) {
            panic!("{name}: {e}");
        }
    }
    let expect = |name: &str, ok: fn(&E) -> bool| match open(name) {
        Err(e) if ok(&e) => {}
        other => panic!("{name}: {other:?}"),
    };
    expect("expired", |e| matches!(e, E::Expired));
    expect("wrong_recipient", |e| matches!(e, E::WrongRecipient));
    expect("sealed_to_another_key", |e| matches!(e, E::DecryptFailed));
    for name in ["flipped_ciphertext", "readdressed"] {
        expect(name, |e| matches!(e, E::BadSignature));
    }
    for name in ["cut", "trailing_byte", "unknown_kind", "magic_only"] {
        expect(name, |e| matches!(e, E::Malformed { .. }));
    }
}
