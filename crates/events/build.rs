//! Embed every `data/events/*.txt` file in the binary, in name order, so
//! attache runs from any directory and analysts add a dictionary by adding a file.
use std::{env, fs, path::Path};

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/events");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut names: Vec<_> = fs::read_dir(&dir)
        .expect("data/events")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    let mut out = String::from("/// Built-in event pattern dictionaries: (file name, contents).\npub static FILES: &[(&str, &str)] = &[\n");
    for p in &names {
        println!("cargo:rerun-if-changed={}", p.display());
        let abs = fs::canonicalize(p).unwrap();
        out.push_str(&format!(
            "    ({:?}, include_str!({:?})),\n",
            format!("data/events/{}", p.file_name().unwrap().to_string_lossy()),
            abs.display().to_string()
        ));
    }
    out.push_str("];\n");
    fs::write(
        Path::new(&env::var("OUT_DIR").unwrap()).join("embedded.rs"),
        out,
    )
    .unwrap();
}
