//! The committed completions and man pages (issue 14) match what the binary generates
//! from its clap definitions: change the command line, run `scripts/gen-docs`.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;

use crate::harness::{natsx, TempDir};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `natsx completion SHELL`, its output in a file (a completion script outgrows a pipe
/// the harness only reads once the process is done): (exit code, output).
fn completion(shell: &str, dir: &TempDir) -> (i32, String) {
    let path = dir.path().join(format!("completion.{shell}"));
    let file = std::fs::File::create(&path).unwrap();
    let mut child = std::process::Command::new(crate::harness::BIN)
        .args(["completion", shell])
        .stdout(file)
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(std::time::Instant::now() < deadline, "natsx completion {shell} did not finish");
        std::thread::sleep(Duration::from_millis(10));
    };
    (status.code().unwrap_or(-1), std::fs::read_to_string(&path).unwrap())
}

#[test]
fn completions_and_man_pages_are_current() {
    let scratch = TempDir::new();
    for (shell, file) in
        [("bash", "natsx.bash"), ("zsh", "_natsx"), ("fish", "natsx.fish"), ("elvish", "natsx.elv"), ("powershell", "_natsx.ps1")]
    {
        let (code, generated) = completion(shell, &scratch);
        assert_eq!(code, 0, "{shell}");
        assert!(generated.contains("natsx"), "{shell}: {generated}");
        let committed = std::fs::read_to_string(root().join("completions").join(file)).unwrap_or_default();
        assert!(committed == generated, "completions/{file} is stale: run scripts/gen-docs");
    }
    let dir = TempDir::new();
    let (code, _, err) = natsx(&["man", "--dir", dir.path().to_str().unwrap()], None, Duration::from_secs(10));
    assert_eq!(code, 0, "{err}");
    let read = |d: PathBuf| -> BTreeMap<String, String> {
        std::fs::read_dir(d)
            .map(|entries| {
                entries
                    .flatten()
                    .map(|e| (e.file_name().to_string_lossy().into_owned(), std::fs::read_to_string(e.path()).unwrap_or_default()))
                    .collect()
            })
            .unwrap_or_default()
    };
    let (generated, committed) = (read(dir.path().to_path_buf()), read(root().join("man")));
    assert!(generated.len() > 40, "a page per subcommand: {:?}", generated.keys());
    assert_eq!(generated.keys().collect::<Vec<_>>(), committed.keys().collect::<Vec<_>>(), "man/ is stale: run scripts/gen-docs");
    for (name, page) in &generated {
        assert!(committed[name] == *page, "man/{name} is stale: run scripts/gen-docs");
    }
    let (code, top, _) = natsx(&["man"], None, Duration::from_secs(10));
    assert_eq!(code, 0);
    assert!(top.starts_with(".ie") || top.contains(".TH natsx 1"), "{top}");
    let (code, _, err) = natsx(&["completion", "tcsh"], None, Duration::from_secs(10));
    assert_eq!(code, 2, "an unknown shell is a usage error");
    assert!(err.contains("invalid value 'tcsh'"), "{err}");
}
