//! Timings recorded with the Performance API (`performance.getEntriesByName("jpe:…")`), so
//! benchmarks and developer tools can read them without the app keeping timing state.

fn performance() -> Option<web_sys::Performance> {
    web_sys::window().and_then(|w| w.performance())
}

pub fn mark(name: &str) {
    if let Some(p) = performance() {
        let _ = p.mark(name);
    }
}

/// As [`mark`], keeping only the latest: for marks set on every keystroke.
pub fn mark_latest(name: &str) {
    if let Some(p) = performance() {
        p.clear_marks_with_mark_name(name);
    }
    mark(name);
}

/// Records the time since `start_mark` as the measure `name`.
pub fn measure(name: &str, start_mark: &str) {
    if let Some(p) = performance() {
        let _ = p.measure_with_start_mark(name, start_mark);
    }
}

/// Times `step` as the measure `name`.
pub fn measured<T>(name: &str, step: impl FnOnce() -> T) -> T {
    let start = format!("{name}:start");
    mark(&start);
    let out = step();
    measure(name, &start);
    out
}

/// As [`measured`], keeping only the latest entry: for steps that run on every keystroke.
pub fn measured_latest<T>(name: &str, step: impl FnOnce() -> T) -> T {
    if let Some(p) = performance() {
        p.clear_measures_with_measure_name(name);
        p.clear_marks_with_mark_name(&format!("{name}:start"));
    }
    measured(name, step)
}
