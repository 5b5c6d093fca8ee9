//! Embed every `data/actors/*.txt` file in the binary, in name order, so
//! attache runs from any directory and analysts add a dictionary by adding a file.
use std::{env, fs, path::Path};

fn main() {
    // Paths relative to the package root, in what cargo is told and in
    // what the generated file includes: checkouts of the repository that
    // share a target directory (and so this build script's output) then
    // each watch and embed their own files, not the first checkout's.
    let rel = "../../data/actors";
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    println!("cargo:rerun-if-changed={rel}");
    let mut names: Vec<_> = fs::read_dir(&dir)
        .expect("data/actors")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    let mut out = String::from("/// Built-in actor dictionaries: (file name, contents).\npub static FILES: &[(&str, &str)] = &[\n");
    for p in &names {
        let name = p.file_name().unwrap().to_string_lossy();
        println!("cargo:rerun-if-changed={rel}/{name}");
        out.push_str(&format!(
            "    ({:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), {:?}))),\n",
            format!("data/actors/{name}"),
            format!("/{rel}/{name}")
        ));
    }
    out.push_str("];\n");
    fs::write(
        Path::new(&env::var("OUT_DIR").unwrap()).join("embedded.rs"),
        out,
    )
    .unwrap();
}
