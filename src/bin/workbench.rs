#[cfg(target_arch = "wasm32")]
fn main() {
    jiading_park_explorer::ui::start_workbench();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is the data workbench (edit.html): build it with `make dist` or run it with `make serve`.");
}
