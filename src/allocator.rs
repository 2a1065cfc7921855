//! How the server's allocator gives memory back.
//!
//! mimalloc keeps freed pages for a second (and whole arenas for ten) before handing them back
//! to the operating system, in case they are wanted again. A server that reads a national
//! programme's 2.4 million rows in a second frees far more than it keeps, and with that delay
//! a fresh server's first register download rose 100 to 120 MiB; handing pages back at once,
//! 61 to 72 MiB (a delay of 10 ms was erratic: once 122 MiB). The price is the system calls:
//! uncached reads of the demo ran 3 to 15% fewer per second (`cargo bench --bench read_graph`),
//! so an operator who prefers that can set `MIMALLOC_PURGE_DELAY=1000`, which is left alone.
//! mimalloc reads its options from the environment as the process starts, before `main`, so
//! the server starts itself again with the option set.

use std::ffi::OsString;

/// mimalloc's option: milliseconds before freed memory is handed back.
const PURGE_DELAY: &str = "MIMALLOC_PURGE_DELAY";

/// Starts this process again with mimalloc told to hand freed memory back at once, unless the
/// option is already set. Returns only when it cannot (the process then runs on as it is).
pub fn return_freed_memory_promptly() {
    if std::env::var_os(PURGE_DELAY).is_some() {
        return;
    }
    if let Err(e) = restart_with(PURGE_DELAY, "0") {
        eprintln!("warning: could not set {PURGE_DELAY}: {e}; freed memory returns after a delay");
    }
}

#[cfg(unix)]
fn restart_with(name: &str, value: &str) -> std::io::Result<()> {
    use std::os::unix::process::CommandExt;
    let program = std::env::current_exe()?;
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    // `exec` returns only on failure.
    Err(std::process::Command::new(program)
        .args(args)
        .env(name, value)
        .exec())
}

#[cfg(not(unix))]
fn restart_with(_name: &str, _value: &str) -> std::io::Result<()> {
    Ok(())
}
