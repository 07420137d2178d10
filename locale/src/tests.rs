//! The catalogue says the same things in every language, and the languages parse as they should.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::FluentResource;
use fluent_syntax::ast::{CallArguments, Entry, Expression, InlineExpression, Pattern, PatternElement};

use crate::catalogue::sources;
use crate::{Lang, Tr};

/// Each message of a language's catalogue with the variables its value and attributes refer to.
type Messages = BTreeMap<String, BTreeSet<String>>;

/// Parses the catalogue of `lang`; each syntax error and duplicate id goes to `problems`.
fn messages(lang: Lang, problems: &mut Vec<String>) -> Messages {
    let mut messages = Messages::new();
    for (area, text) in sources(lang) {
        let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(resource, errors)| {
            for error in errors {
                let line = text[..error.pos.start.min(text.len())].lines().count().max(1);
                problems.push(format!("{}: {area}.ftl line {line}: {:?}", lang.code(), error.kind));
            }
            resource
        });
        for entry in resource.entries() {
            let Entry::Message(message) = entry else { continue };
            let mut variables = BTreeSet::new();
            message.value.iter().for_each(|value| pattern_variables(value, &mut variables));
            message.attributes.iter().for_each(|attribute| pattern_variables(&attribute.value, &mut variables));
            if messages.insert(message.id.name.to_owned(), variables).is_some() {
                problems.push(format!("{}: {area}.ftl: `{}` is defined twice", lang.code(), message.id.name));
            }
        }
    }
    messages
}

fn pattern_variables(pattern: &Pattern<&str>, into: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, into);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, into: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, into);
            variants.iter().for_each(|variant| pattern_variables(&variant.value, into));
        }
        Expression::Inline(inline) => inline_variables(inline, into),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, into: &mut BTreeSet<String>) {
    let call = |arguments: &CallArguments<&str>, into: &mut BTreeSet<String>| {
        arguments.positional.iter().for_each(|argument| inline_variables(argument, into));
        arguments.named.iter().for_each(|argument| inline_variables(&argument.value, into));
    };
    match inline {
        InlineExpression::VariableReference { id } => {
            into.insert(format!("${}", id.name));
        }
        InlineExpression::FunctionReference { arguments, .. } => call(arguments, into),
        InlineExpression::TermReference { arguments: Some(arguments), .. } => call(arguments, into),
        InlineExpression::Placeable { expression } => expression_variables(expression, into),
        _ => {}
    }
}

/// What differs between `lang`'s catalogue and English: missing and extra messages, and
/// messages whose variables are not English's.
fn differences(lang: Lang, english: &Messages, problems: &mut Vec<String>) {
    let code = lang.code();
    let theirs = messages(lang, problems);
    for (id, variables) in english {
        match theirs.get(id) {
            None => problems.push(format!("{code}: `{id}` is missing")),
            Some(other) if other != variables => {
                let list = |set: Vec<&String>| set.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", ");
                let missing = list(variables.difference(other).collect());
                let extra = list(other.difference(variables).collect());
                let mut what = Vec::new();
                if !missing.is_empty() {
                    what.push(format!("lacks {missing}"));
                }
                if !extra.is_empty() {
                    what.push(format!("has {extra}, which English has not"));
                }
                problems.push(format!("{code}: `{id}` {}", what.join(" and ")));
            }
            Some(_) => {}
        }
    }
    for id in theirs.keys().filter(|id| !english.contains_key(*id)) {
        problems.push(format!("{code}: `{id}` is not in English"));
    }
}

#[test]
fn every_language_says_what_english_says_with_the_same_placeables() {
    let mut problems = Vec::new();
    let english = messages(Lang::En, &mut problems);
    assert!(english.len() > 100, "the English catalogue looks empty: {} messages", english.len());
    for lang in Lang::ALL.into_iter().filter(|lang| *lang != Lang::En) {
        differences(lang, &english, &mut problems);
    }
    assert!(problems.is_empty(), "the catalogues differ:\n{}", problems.join("\n"));
}

#[test]
fn the_placeable_check_sees_selectors_attributes_and_functions() {
    let resource = FluentResource::try_new(
        "a = { $n ->\n    [one] { $x }\n   *[other] { NUMBER($y) }\n }\n    .title = { $z }\n".to_owned(),
    )
    .unwrap_or_else(|(_, errors)| panic!("{errors:?}"));
    let Some(Entry::Message(message)) = resource.entries().next() else { panic!("no message") };
    let mut variables = BTreeSet::new();
    message.value.iter().for_each(|value| pattern_variables(value, &mut variables));
    message.attributes.iter().for_each(|attribute| pattern_variables(&attribute.value, &mut variables));
    assert_eq!(variables.into_iter().collect::<Vec<_>>(), ["$n", "$x", "$y", "$z"]);
}

#[test]
fn every_language_has_its_catalogue() {
    for lang in Lang::ALL {
        assert!(!sources(lang).is_empty(), "{lang:?} has no catalogue");
        assert_eq!(Lang::from_tag(lang.code()), Some(lang));
        assert_ne!(Tr(lang).t("nav-events"), "nav-events", "{lang:?}");
    }
}

#[test]
fn accept_language_and_plurals() {
    assert_eq!(Lang::from_accept_language("fr-CH, fr;q=0.9, en;q=0.8"), Some(Lang::Fr));
    assert_eq!(Lang::from_accept_language("de, en;q=0.5, fr;q=0.7"), Some(Lang::Fr));
    assert_eq!(Lang::from_accept_language("de"), None);
    assert_eq!(Lang::from_tag("fr_CA"), Some(Lang::Fr));
    assert_eq!(Tr(Lang::Fr).t("nav-events"), "Événements");
    assert_eq!(Tr(Lang::En).ta("events-count", &[("count", "1")]), "1 event");
    assert_eq!(Tr(Lang::En).ta("events-count", &[("count", "3")]), "3 events");
}

#[test]
fn only_numbers_written_as_numbers_are_numbers() {
    // A selector on `$seats` sees 1 as the number 1, but "01" is text and takes the default.
    let tr = Tr(Lang::En);
    assert_eq!(tr.ta("email-nomination-request-seats", &[("seats", "1")]), "1");
    assert_eq!(tr.ta("email-nomination-request-seats", &[("seats", "01")]), "up to 01");
}

#[test]
fn placeables_carry_no_isolation_marks() {
    let text = Tr(Lang::Fr).ta("email-greeting-named", &[("name", "Amina Diallo")]);
    assert_eq!(text, "Bonjour Amina Diallo,");
}

/// A count passed to a message is grouped by the formatter the pages use; a code or an
/// identifier keeps its digits; plural rules still see the number.
#[test]
fn numbers_in_messages_are_grouped_as_the_language_groups_them() {
    use crate::numbers::number;
    let fr = Tr(Lang::Fr).ta("events-count", &[("count", "1234")]);
    assert_eq!(fr, "1\u{202f}234 manifestations");
    let ru = Tr(Lang::Ru).ta("events-count", &[("count", "1234")]);
    assert_eq!(ru, "1\u{a0}234 мероприятия", "grouped, and still the plural form of 1234 (few)");
    assert_eq!(Tr(Lang::Ru).ta("events-count", &[("count", "1235")]), "1\u{a0}235 мероприятий");
    let ar = Tr(Lang::Ar).ta("att-queued", &[("count", "1234")]);
    let grouped = number(Lang::Ar, 1234);
    assert_ne!(grouped, "1234", "Arabic groups its digits too");
    assert!(ar.contains(&grouped), "{ar:?} holds {grouped:?}");
    assert_eq!(Tr(Lang::En).ta("events-count", &[("count", "1")]), "1 event");
    let id = Tr(Lang::Fr).ta("don-contribution-title", &[("id", "1234"), ("donor", "Japon")]);
    assert_eq!(id, "Contribution n° 1234 · Japon", "an identifier is not a count");
    assert_eq!(Tr(Lang::Fr).msg(&crate::Msg::new("events-count").arg("count", 25_000)), "25\u{202f}000 manifestations");
}
