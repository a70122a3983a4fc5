//! Notices about how the data arrived: saved copy while offline, or changed since last visit.

use leptos::prelude::*;

use crate::core::text::PartialDate;
use crate::ui::context::catalog::{Delivery, ui_lang};
use crate::ui::context::i18n::tr;

#[component]
pub fn DeliveryNotices(delivery: Delivery, updated: PartialDate) -> impl IntoView {
    let lang = ui_lang();
    let dismissed = RwSignal::new(false);
    let offline = delivery.offline.then(|| {
        view! { <p class="notice offline-notice" role="status">{tr!(lang, notice.offline, date = updated.display(lang))}</p> }
    });
    let changed = delivery.change.map(|change| {
        let counts = [
            (change.added > 0).then(|| tr!(lang, notice.added, n = change.added)),
            (change.removed > 0).then(|| tr!(lang, notice.removed, n = change.removed)),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
        view! {
            <Show when=move || !dismissed.get()>
                <div class="notice data-updated" role="status">
                    <p>
                        {tr!(
                            lang, notice.updated, previous = change.previous.display(lang),
                            current = change.current.display(lang)
                        )}
                        " "
                        {counts.clone()}
                    </p>
                    <button type="button" class="button" on:click=move |_| dismissed.set(true)>
                        {tr!(lang, notice.dismiss)}
                    </button>
                </div>
            </Show>
        }
    });
    view! { {offline} {changed} }
}
