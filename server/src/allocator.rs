//! How the server uses glibc's allocator: large buffers from the heap while traffic
//! flows, and memory back to the kernel once a burst is over.
//!
//! Object Store chunks (128 KiB) are allocated and freed constantly; with glibc's
//! defaults each such buffer is a fresh mmap, page faults to zero it and an munmap,
//! which took a quarter of the server's time on object downloads. So blocks up to
//! [`MMAP_THRESHOLD`] come from the heap. A heap whose free top passes
//! [`TRIM_THRESHOLD`] is cut back when a block is freed; free space stranded below a
//! block still in use is returned by [`trim_when_idle`] once traffic stops.

use std::time::Duration;

/// Blocks below this size come from the heap, not a fresh mmap (bytes).
pub const MMAP_THRESHOLD: usize = 32 * 1024 * 1024;

/// Free space above this at a heap's top goes back to the kernel as soon as it is freed
/// (bytes). It used to be 64 MiB, which kept a burst's buffers for good: 30 MiB after a
/// fan-out burst, against 7 MiB at rest.
pub const TRIM_THRESHOLD: usize = 1024 * 1024;

/// How often [`trim_when_idle`] looks at the traffic counters.
const IDLE_CHECK: Duration = Duration::from_secs(1);

/// Sets glibc's thresholds (see the module docs). `main` calls it first, for the server
/// and the client commands alike (both move object chunks), before other threads start.
pub fn tune() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only changes allocator parameters; called before other threads start.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, MMAP_THRESHOLD as libc::c_int);
        libc::mallopt(libc::M_TRIM_THRESHOLD, TRIM_THRESHOLD as libc::c_int);
    }
}

/// Returns free heap pages to the kernel (`malloc_trim`) once after each burst: when
/// `activity` (counters of messages and connections) stays the same for a second,
/// after a second in which it moved. Never while traffic flows, where the pages would
/// only be faulted back in. Ends when `activity` says `None` (the server is gone).
pub async fn trim_when_idle<T: PartialEq>(activity: impl Fn() -> Option<T>) {
    let mut last = None;
    let mut busy = false;
    loop {
        tokio::time::sleep(IDLE_CHECK).await;
        let Some(now) = activity() else { return };
        if last.as_ref() == Some(&now) {
            if std::mem::take(&mut busy) {
                // It walks every arena's free lists: milliseconds on a large heap.
                let _ = tokio::task::spawn_blocking(trim).await;
            }
        } else {
            busy = true;
        }
        last = Some(now);
    }
}

fn trim() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases free pages; it is safe to call at any time.
    unsafe {
        libc::malloc_trim(0);
    }
}
