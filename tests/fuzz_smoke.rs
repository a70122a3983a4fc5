//! A quick, deterministic run of the fuzz checks (fuzz/checks.rs) for `make test`: every seed,
//! then a few thousand mutations of each (bytes flipped, cut, repeated, or JSON tokens put in),
//! from a fixed random seed. The long, coverage-guided runs are `make fuzz`.

#[allow(dead_code)]
#[path = "../fuzz/checks.rs"]
mod checks;

use std::path::Path;

/// xorshift64*: a small fixed-seed generator, so a failure here is the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.next() % n as u64) as usize }
    }
}

const TOKENS: &[&str] =
    &["{", "}", "[", "]", ",", ":", "null", "\"\"", "-1", "1e309", "\"places\"", "\"id\"", "&", "=", "%", "%ZZ"];

fn mutate(input: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..=rng.below(3) {
        let at = rng.below(out.len() + 1);
        match rng.below(5) {
            0 if !out.is_empty() => {
                let i = rng.below(out.len());
                out[i] ^= 1 << rng.below(8);
            }
            1 => out.truncate(at),
            2 => {
                let end = (at + rng.below(64)).min(out.len());
                let piece = out[at..end].to_vec();
                out.splice(at..at, piece);
            }
            3 => {
                let token = TOKENS[rng.below(TOKENS.len())].as_bytes();
                out.splice(at..at, token.iter().copied());
            }
            _ => {
                let end = (at + rng.below(64)).min(out.len());
                out.drain(at..end);
            }
        }
    }
    out
}

fn seeds(dir: &str) -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds").join(dir);
    let mut files: Vec<_> = std::fs::read_dir(&dir).expect("seeds").flatten().map(|e| e.path()).collect();
    files.sort();
    files.into_iter().map(|p| std::fs::read(p).expect("a seed")).collect()
}

fn run(dir: &str, mutations: usize, check: fn(&[u8])) {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let seeds = seeds(dir);
    assert!(!seeds.is_empty(), "seeds for {dir}");
    for seed in &seeds {
        check(seed);
        for _ in 0..mutations {
            check(&mutate(seed, &mut rng));
        }
    }
}

#[test]
fn the_data_reader_and_validator_survive_mutated_files() {
    run("validate", 400, checks::data_file);
}

#[test]
fn the_geojson_reader_survives_mutated_files() {
    let outline = include_bytes!("../public/data/jiading.geojson");
    let mut rng = Rng(7);
    for _ in 0..200 {
        checks::geojson(&mutate(outline, &mut rng));
    }
}

#[test]
fn the_url_parser_survives_mutated_queries() {
    run("url", 5_000, checks::url);
}
