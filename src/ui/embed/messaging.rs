//! Embed mode at run time: telling a listed parent page how tall the content is, answering its
//! requests, ignoring everyone else (core::embed decides), and keeping links that leave the site
//! from trying to navigate inside the frame.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use crate::core::site::embed::{Ignored, Incoming, height_message, parent_target, read_message};

const LOG_PREFIX: &str = "Jiading Park Explorer:";

fn info(text: &str) {
    web_sys::console::info_1(&text.into());
}

fn in_frame() -> bool {
    let me = window();
    me.parent().ok().flatten().is_some_and(|parent| !js_sys::Object::is(&parent, &me))
}

/// The height of the app's content in CSS pixels (not of the viewport: that would only grow).
fn content_height() -> u32 {
    document()
        .get_element_by_id("app")
        .map(|app| app.get_bounding_client_rect().height().ceil())
        .filter(|h| h.is_finite() && *h >= 0.0)
        .map_or(0, |h| h.min(f64::from(u32::MAX)) as u32)
}

fn post_height(target_origin: &str, last: &Cell<u32>, force: bool) {
    let height = content_height();
    if height == 0 || (!force && height == last.get()) {
        return;
    }
    last.set(height);
    let (Ok(Some(parent)), Ok(message)) = (window().parent(), js_sys::JSON::parse(&height_message(height))) else {
        return;
    };
    let _ = parent.post_message(&message, target_origin);
}

/// Starts height messages and the message listener. Call once, in embed mode, when the
/// deployment's config is known. Lives as long as the page.
pub fn start_messaging(listed: Vec<String>) {
    if !in_frame() {
        return;
    }
    // location.ancestorOrigins (Chromium, Safari) names the embedding page's origin exactly.
    let ancestor = js_sys::Reflect::get(&window().location(), &"ancestorOrigins".into())
        .ok()
        .and_then(|list| list.dyn_into::<web_sys::DomStringList>().ok())
        .and_then(|list| list.item(0));
    let referrer = document().referrer();
    let referrer = (!referrer.is_empty()).then_some(referrer);
    let target = parent_target(&listed, ancestor.as_deref(), referrer.as_deref());
    let last = Rc::new(Cell::new(0u32));
    match &target {
        Some(origin) => {
            let (origin, last) = (origin.clone(), last.clone());
            let observed = Closure::<dyn Fn()>::new(move || post_height(&origin, &last, false));
            if let (Ok(observer), Some(app)) =
                (web_sys::ResizeObserver::new(observed.as_ref().unchecked_ref()), document().get_element_by_id("app"))
            {
                observer.observe(&app);
            }
            observed.forget();
        }
        None => info(&format!(
            "{LOG_PREFIX} not sending height messages: the embedding page ({}) is not listed in config.json \
             embed.parent_origins.",
            ancestor.or(referrer).unwrap_or_else(|| "origin unknown".to_owned())
        )),
    }
    let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
        let origin = event.origin();
        let data = js_sys::JSON::stringify(&event.data()).ok().and_then(|s| s.as_string());
        match read_message(&listed, &origin, data.as_deref()) {
            Ok(Incoming::RequestHeight) => post_height(&origin, &last, true),
            Err(Ignored::UnlistedOrigin(from)) => {
                info(&format!("{LOG_PREFIX} ignored a message from {from} (not in embed.parent_origins)."))
            }
            Err(Ignored::NotTheSchema) => {
                info(&format!("{LOG_PREFIX} ignored a message from {origin} that does not match the embed schema."))
            }
        }
    });
    let _ = window().add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    on_message.forget();
}

/// In a frame, a link to another site opens in a new tab: the sandbox does not let the frame
/// navigate the host page, and the other site may refuse to be framed.
pub fn open_other_sites_in_new_tabs() {
    let on_click = Closure::<dyn Fn(web_sys::MouseEvent)>::new(|event: web_sys::MouseEvent| {
        let anchor = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[href]").ok().flatten())
            .and_then(|el| el.dyn_into::<web_sys::HtmlAnchorElement>().ok());
        let Some(anchor) = anchor else { return };
        let here = window().location().origin().unwrap_or_default();
        let protocol = anchor.protocol();
        if (protocol == "http:" || protocol == "https:") && anchor.origin() != here {
            anchor.set_target("_blank");
            anchor.set_rel("noopener noreferrer");
        }
    });
    let options = web_sys::AddEventListenerOptions::new();
    options.set_capture(true);
    let _ = document().add_event_listener_with_callback_and_add_event_listener_options(
        "click",
        on_click.as_ref().unchecked_ref(),
        &options,
    );
    on_click.forget();
}
