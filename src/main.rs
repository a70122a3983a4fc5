#[cfg(target_arch = "wasm32")]
fn main() {
    jiading_park_explorer::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is the web app: build it with `make dist` or run it with `make serve`.");
}
