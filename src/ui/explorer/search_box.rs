//! The search box: an ARIA 1.2 combobox suggesting towns, sectors and places as you type
//! (the keys are core::search::combobox's; the count is announced).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::explore::FacetId;
use crate::core::search::combobox::{Action, Combobox};
use crate::core::search::suggest::{Suggestion, Target, suggest};
use crate::ui::context::catalog::{Catalog, CurrentQuery, ui_lang};
use crate::ui::context::i18n::tr;
use crate::ui::context::url::UrlSearch;
use crate::ui::widgets::marked::Marked;

const MAX_SUGGESTIONS: usize = 8;

#[component]
pub fn SearchBox() -> impl IntoView {
    let lang = ui_lang();
    let catalog = expect_context::<Catalog>();
    let url = expect_context::<UrlSearch>();
    let query = expect_context::<CurrentQuery>().0;
    let text = Memo::new(move |_| query.with(|(q, _)| q.filters.q.clone()));
    let data = catalog.0.clone();
    let suggestions = Memo::new(move |_| text.with(|q| suggest(&data.dataset, &data.index, q, lang, MAX_SUGGESTIONS)));
    // Whether the list may show (the user has not dismissed it) and which option is active:
    // the state of the interaction itself (core::search::combobox), set by the handlers.
    let combo = RwSignal::new(Combobox::default());
    let expanded = move || combo.get().expanded(suggestions.with(Vec::len));

    let set_text = move |value: String| {
        let mut q = query.get_untracked().0;
        if q.filters.q != value {
            q.filters.q = value;
            url.navigate(&q);
        }
        combo.set(Combobox { open: true, active: None });
    };
    let data = catalog.0.clone();
    let choose = move |s: &Suggestion| {
        let mut q = query.get_untracked().0;
        let mut filter_by = |facet: FacetId, id: &str| {
            q.filters.q.clear();
            if !q.filters.facets.is_selected(facet, id) {
                q.filters.facets.toggle(facet, id);
            }
        };
        match &s.target {
            Target::Place(i) => q.place = data.dataset.places.get(*i).map(|p| p.id.clone()),
            Target::Town(id) => filter_by(FacetId::Town, id),
            Target::Sector(id) => filter_by(FacetId::Sector, id),
        }
        combo.set(Combobox::default());
        url.navigate(&q);
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
        let has_text = !query.with_untracked(|(q, _)| q.filters.q.is_empty());
        let reaction = combo.get_untracked().key(&ev.key(), suggestions.with_untracked(Vec::len), has_text);
        if reaction.handled {
            ev.prevent_default();
        }
        match reaction.action {
            Action::Choose(i) => choose_on_key(i),
            Action::Clear => {
                set_text(String::new());
                combo.set(reaction.state);
            }
            Action::None => combo.set(reaction.state),
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
                            aria-selected=move || if combo.get().active == Some(i) { "true" } else { "false" }
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
                    aria-activedescendant=move || combo.get().active.filter(|_| expanded()).map(|i| format!("suggestion-{i}"))
                    aria-describedby="search-hint"
                    prop:value=move || text.get()
                    on:input=on_input
                    on:compositionend=move |ev| set_text(event_target_value(&ev))
                    on:keydown=on_keydown
                    on:blur=move |_| combo.update(|l| l.open = false)
                    on:focus=move |_| combo.update(|l| l.open = true)
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
