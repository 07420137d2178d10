//! The top of a page (breadcrumbs, title, badge, actions), the event's section navigation
//! that every event page shares, and pagination.

use maud::{Markup, html};

use crate::i18n::Tr;
use crate::web::extract::Page;

/// The sections of an event, in the order of its navigation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventTab {
    /// The event itself: details and schedule.
    Overview,
    /// Invitations sent and their answers.
    Invitations,
    /// Delegations of States and their nominees.
    Delegations,
    /// Registrations and their approval.
    Registrations,
    /// The list of participants (the document).
    Participants,
    /// Reminders due to participants.
    Reminders,
    /// The event's report.
    Report,
    /// The check-in desk.
    CheckIn,
    /// Certificates and badges.
    Certificates,
    /// Funding: allocations and budget.
    Funding,
}

impl EventTab {
    /// Every section, in navigation order.
    pub const ALL: [Self; 10] = [
        Self::Overview,
        Self::Invitations,
        Self::Delegations,
        Self::Registrations,
        Self::Participants,
        Self::Reminders,
        Self::Report,
        Self::CheckIn,
        Self::Certificates,
        Self::Funding,
    ];

    /// The section's address for event `id`.
    pub fn href(self, id: i32) -> String {
        let tail = match self {
            Self::Overview => return format!("/organiser/events/{id}"),
            Self::CheckIn => return format!("/checkin/events/{id}"),
            Self::Invitations => "invitations",
            Self::Delegations => "delegations",
            Self::Registrations => "registrations",
            Self::Participants => "participants",
            Self::Reminders => "reminders",
            Self::Report => "report",
            Self::Certificates => "certificates",
            Self::Funding => "funding",
        };
        format!("/organiser/events/{id}/{tail}")
    }

    /// The catalog key of the section's name.
    pub fn label(self) -> &'static str {
        match self {
            Self::Overview => "tab-overview",
            Self::Invitations => "tab-invitations",
            Self::Delegations => "tab-delegations",
            Self::Registrations => "tab-registrations",
            Self::Participants => "tab-participants",
            Self::Reminders => "event-reminders-link",
            Self::Report => "tab-report",
            Self::CheckIn => "tab-checkin",
            Self::Certificates => "tab-certificates",
            Self::Funding => "tab-funding",
        }
    }
}

/// The event's section navigation, with the current section marked.
pub fn event_nav(tr: Tr, event_id: i32, current: EventTab) -> Markup {
    html! {
        nav.event-nav aria-label=(tr.t("event-tabs")) {
            ul {
                @for tab in EventTab::ALL {
                    li { a href=(tab.href(event_id)) aria-current=[(tab == current).then_some("page")] { (tr.t(tab.label())) } }
                }
            }
        }
    }
}

/// One step of a breadcrumb trail.
#[derive(Debug, Clone)]
struct Crumb {
    text: String,
    href: String,
    /// The step's language when it may differ from the page's (an event's title in its original).
    text_lang: Option<crate::events::content::Text>,
}

/// The top of a page: a breadcrumb trail ending on the page, its title with an optional
/// badge, a line under it, its actions, and for an event page the event's sections.
#[derive(Debug, Default)]
pub struct Header {
    title: String,
    /// The title's language when it differs from the page's (an event's title in its original).
    title_lang: Option<crate::events::content::Text>,
    crumbs: Vec<Crumb>,
    badge: Option<Markup>,
    lead: Option<Markup>,
    actions: Option<Markup>,
    event: Option<(i32, EventTab)>,
}

impl Header {
    /// A page titled `title`.
    pub fn new(title: impl Into<String>) -> Self {
        Self { title: title.into(), ..Self::default() }
    }

    /// Marks the title with the language of `text` (whose words it is) where it differs from the page's.
    pub fn lang_of(mut self, text: crate::events::content::Text) -> Self {
        self.title_lang = Some(text);
        self
    }

    /// A page titled by a text that may be in another language than the page's.
    pub fn in_lang(title: crate::events::content::Text) -> Self {
        Self { title: title.text.clone(), title_lang: Some(title), ..Self::default() }
    }

    /// The page of section `tab` of event `id` (titled `event_title` in the reader's language
    /// or its original, marked with its language), titled `title`: the trail runs from the
    /// organiser's events through the event.
    pub fn event(
        tr: Tr,
        id: i32,
        event_title: &crate::events::content::Text,
        tab: EventTab,
        title: impl Into<String>,
    ) -> Self {
        let title = title.into();
        let mut h = Self::new(title.clone()).crumb(tr.t("organiser-events-title"), "/organiser/events");
        if !(tab == EventTab::Overview && title == event_title.text) {
            h.crumbs.push(Crumb {
                text: event_title.text.clone(),
                href: EventTab::Overview.href(id),
                text_lang: Some(event_title.clone()),
            });
        }
        h.event = Some((id, tab));
        h
    }

    /// A page below section `tab` of event `id` (a form, a preview): the trail also passes
    /// through the section.
    pub fn event_sub(
        tr: Tr,
        id: i32,
        event_title: &crate::events::content::Text,
        tab: EventTab,
        title: impl Into<String>,
    ) -> Self {
        let h = Self::event(tr, id, event_title, EventTab::Overview, title);
        let h = if tab == EventTab::Overview { h } else { h.crumb(tr.t(tab.label()), tab.href(id)) };
        Self { event: Some((id, tab)), ..h }
    }

    /// Adds a step to the trail, before the page itself.
    pub fn crumb(mut self, text: impl Into<String>, href: impl Into<String>) -> Self {
        self.crumbs.push(Crumb { text: text.into(), href: href.into(), text_lang: None });
        self
    }

    /// Shows `badge` beside the title.
    pub fn badge(mut self, badge: Markup) -> Self {
        self.badge = Some(badge);
        self
    }

    /// Shows `lead` under the title.
    pub fn lead(mut self, lead: Markup) -> Self {
        self.lead = Some(lead);
        self
    }

    /// Shows the page's main actions under the title.
    pub fn actions(mut self, actions: Markup) -> Self {
        self.actions = Some(actions);
        self
    }

    /// The header's markup. The event's sections are shown to staff who may open them (not to
    /// check-in staff, whose trail starts at the desk instead).
    pub fn render(self, page: &Page) -> Markup {
        let tr = page.tr;
        let desk_only = page.staff.as_ref().is_some_and(|s| s.is_checkin_only());
        let page_lang = tr.lang();
        let lang = self.title_lang.as_ref().and_then(|t| super::lang::lang_attr(t, page_lang));
        let dir = self.title_lang.as_ref().and_then(|t| super::lang::dir_attr(t, page_lang));
        let crumbs = match (desk_only, self.event) {
            (true, Some(_)) => vec![Crumb { text: tr.t("nav-checkin"), href: "/checkin".to_owned(), text_lang: None }],
            _ => self.crumbs,
        };
        html! {
            div.page-header {
                @if !crumbs.is_empty() {
                    nav.breadcrumbs aria-label=(tr.t("nav-breadcrumbs")) {
                        ol {
                            @for c in &crumbs {
                                @let crumb_lang = c.text_lang.as_ref().and_then(|t| super::lang::lang_attr(t, page_lang));
                                @let crumb_dir = c.text_lang.as_ref().and_then(|t| super::lang::dir_attr(t, page_lang));
                                li { a href=(c.href) lang=[crumb_lang] dir=[crumb_dir] { (c.text) } }
                            }
                            li { span aria-current="page" lang=[lang] dir=[dir] { (self.title) } }
                        }
                    }
                }
                div.title-row {
                    div.title-main {
                        h1 lang=[lang] dir=[dir] { (self.title) }
                        @if let Some(b) = self.badge { (b) }
                    }
                }
                @if let Some(l) = self.lead { div.lead { (l) } }
                @if let Some(a) = self.actions { div.actions { (a) } }
                @if let (false, Some((id, tab))) = (desk_only, self.event) { (event_nav(tr, id, tab)) }
            }
        }
    }
}

/// Previous/next links keeping the other query parameters.
pub fn pagination(tr: Tr, base: &str, query: &str, page: u64, pages: u64) -> Markup {
    let link = |p: u64| {
        if query.is_empty() { format!("{base}?page={p}") } else { format!("{base}?{query}&page={p}") }
    };
    html! {
        @if pages > 1 {
            nav.pagination aria-label=(tr.t("pagination-label")) {
                @if page > 1 { a rel="prev" href=(link(page - 1)) { span.arrow aria-hidden="true" { "←" } " " (tr.t("pagination-previous")) } }
                span { (tr.ta("pagination-position", &[("page", &page.to_string()), ("pages", &pages.to_string())])) }
                @if page < pages { a rel="next" href=(link(page + 1)) { (tr.t("pagination-next")) " " span.arrow aria-hidden="true" { "→" } } }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn the_event_navigation_marks_the_current_section_only() {
        let nav = event_nav(Tr(Lang::En), 7, EventTab::Registrations).0;
        assert_eq!(nav.matches("aria-current=\"page\"").count(), 1);
        assert!(nav.contains("<a href=\"/organiser/events/7/registrations\" aria-current=\"page\">Registrations</a>"));
        assert!(nav.contains("href=\"/checkin/events/7\""));
        assert_eq!(nav.matches("<li>").count(), EventTab::ALL.len());
    }
}
