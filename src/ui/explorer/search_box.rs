//! The search box: an ARIA 1.2 combobox suggesting towns, sectors and places as you type
//! (arrow keys move, Enter chooses, Escape closes, the count is announced).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::suggest::{Suggestion, Target, suggest};
use crate::ui::catalog::{Catalog, CurrentQuery, ui_lang};
use crate::ui::i18n::tr;
use crate::ui::marked::Marked;
use crate::ui::url::{Nav, UrlSearch};

const MAX_SUGGESTIONS: usize = 8;

#[component]
pub fn SearchBox() -> impl IntoView {
    let lang = ui_lang();
    let catalog = expect_context::<Catalog>();
    let url = expect_context::<UrlSearch>();
    let query = expect_context::<CurrentQuery>().0;
    let text = Memo::new(move |_| query.with(|(q, _)| q.q.clone()));
    let data = catalog.0.clone();
    let suggestions = Memo::new(move |_| text.with(|q| suggest(&data.dataset, &data.index, q, lang, MAX_SUGGESTIONS)));
    // Whether the list may show (the user has not dismissed it) and which option is active:
    // states of the interaction itself, so they are signals set by the key and input handlers.
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    let expanded = move || open.get() && suggestions.with(|s| !s.is_empty());

    let set_text = move |value: String| {
        let mut q = query.get_untracked().0;
        if q.q != value {
            q.q = value;
            url.navigate(&q, Nav::Replace);
        }
        open.set(true);
        active.set(None);
    };
    let data = catalog.0.clone();
    let choose = move |s: &Suggestion| {
        let mut q = query.get_untracked().0;
        let nav = match &s.target {
            Target::Place(i) => {
                q.place = data.dataset.places.get(*i).map(|p| p.id.clone());
                Nav::Push
            }
            Target::Town(id) => {
                q.q.clear();
                if !q.towns.contains(id) {
                    q.towns.push(id.clone());
                }
                Nav::Replace
            }
            Target::Sector(id) => {
                q.q.clear();
                if !q.sectors.contains(id) {
                    q.sectors.push(id.clone());
                }
                Nav::Replace
            }
        };
        open.set(false);
        active.set(None);
        url.navigate(&q, nav);
    };
    let choose_at = move |i: usize| {
        if let Some(s) = suggestions.with_untracked(|list| list.get(i).cloned()) {
            choose(&s);
        }
    };
    let on_input = move |ev: web_sys::Event| {
        // While an input method is composing (pinyin → 汉字), the text is not final: writing it
        // back into the box would cancel the composition.
        if ev.dyn_ref::<web_sys::InputEvent>().is_some_and(web_sys::InputEvent::is_composing) {
            return;
        }
        set_text(event_target_value(&ev));
    };
    let choose_on_key = choose_at.clone();
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        if ev.is_composing() {
            return;
        }
        let n = suggestions.with_untracked(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" if n > 0 => {
                ev.prevent_default();
                open.set(true);
                active.update(|a| *a = Some(a.map_or(0, |i| (i + 1) % n)));
            }
            "ArrowUp" if n > 0 => {
                ev.prevent_default();
                open.set(true);
                active.update(|a| *a = Some(a.map_or(n - 1, |i| (i + n - 1) % n)));
            }
            "Enter" => {
                if let (true, Some(i)) = (open.get_untracked(), active.get_untracked()) {
                    ev.prevent_default();
                    choose_on_key(i);
                } else {
                    open.set(false);
                }
            }
            "Escape" => {
                if expanded() {
                    ev.prevent_default();
                    open.set(false);
                    active.set(None);
                } else if !query.with_untracked(|(q, _)| q.q.is_empty()) {
                    ev.prevent_default();
                    set_text(String::new());
                    open.set(false);
                }
            }
            _ => {}
        }
    };
    let options = move || {
        let q = text.get();
        suggestions.with(|list| {
            list.iter()
                .enumerate()
                .map(|(i, s)| {
                    let choose_at = choose_at.clone();
                    let kind = match s.target {
                        Target::Town(_) => tr!(lang, suggest.town),
                        Target::Sector(_) => tr!(lang, suggest.sector),
                        Target::Place(_) => tr!(lang, suggest.place),
                    };
                    view! {
                        <li
                            id=format!("suggestion-{i}")
                            role="option"
                            class="suggestion"
                            aria-selected=move || if active.get() == Some(i) { "true" } else { "false" }
                            // Keep focus in the box while the pointer chooses.
                            on:mousedown=|ev| ev.prevent_default()
                            on:click=move |_| choose_at(i)
                        >
                            <span class="suggestion-kind">{kind}</span>
                            " "
                            <span lang=s.label_lang.code()>
                                <Marked text=s.label.clone() query=q.clone() />
                            </span>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let announcement = move || {
        if !expanded() {
            return String::new();
        }
        match suggestions.with(Vec::len) {
            0 => tr!(lang, suggest.count_zero).to_owned(),
            n => tr!(lang, suggest.count, n = n),
        }
    };
    view! {
        <form class="search" role="search" on:submit=|ev| ev.prevent_default()>
            <label for="search-input">{tr!(lang, explorer.search_label)}</label>
            <div class="combo">
                <input
                    id="search-input"
                    type="search"
                    role="combobox"
                    autocomplete="off"
                    spellcheck="false"
                    aria-autocomplete="list"
                    aria-controls="search-suggestions"
                    aria-expanded=move || if expanded() { "true" } else { "false" }
                    aria-activedescendant=move || active.get().filter(|_| expanded()).map(|i| format!("suggestion-{i}"))
                    aria-describedby="search-hint"
                    prop:value=move || text.get()
                    on:input=on_input
                    on:compositionend=move |ev| set_text(event_target_value(&ev))
                    on:keydown=on_keydown
                    on:blur=move |_| open.set(false)
                    on:focus=move |_| open.set(true)
                />
                <ul id="search-suggestions" role="listbox" aria-label=tr!(lang, suggest.listbox) class="suggestions" hidden=move || !expanded()>
                    {options}
                </ul>
            </div>
            <p id="search-hint" class="hint">
                {tr!(lang, explorer.search_hint)}
            </p>
            <p class="visually-hidden" role="status">
                {announcement}
            </p>
        </form>
    }
}
