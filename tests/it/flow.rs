//! The whole path a participant takes, through real email: the organiser invites, the email
//! arrives over SMTP, its link opens the form, the person registers, the confirmation arrives
//! and its manage link works.

use convene::domain::InvitationState;
use convene::entities::{invitation, registration};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::helpers::{TestApp, location};
use crate::smtp::SmtpServer;

fn registration_form(csrf: &str) -> Vec<(&'static str, String)> {
    vec![
        ("csrf", csrf.to_owned()),
        ("given_name", "Lerato".into()),
        ("family_name", "Dube".into()),
        ("gender", "woman".into()),
        ("country", "ZAF".into()),
        ("organisation_type", "government".into()),
        ("consent", "on".into()),
    ]
}

#[tokio::test]
async fn invite_email_link_register_confirmation() {
    let smtp = SmtpServer::start();
    let app = TestApp::spawn_with_smtp(&smtp).await;
    let org = app.organiser().await;
    let event = app.event(&org.browser).published().create().await;
    let r = org
        .post_form(
            &format!("/organiser/events/{event}/invitations"),
            &[
                ("email", "Lerato.Dube@Example.org"),
                ("title", "Ms."),
                ("given_name", "Lerato"),
                ("family_name", "Dube"),
                ("country", "ZAF"),
                ("role", "expert"),
                ("language", "fr"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    // The invitation arrives in the invitee's language, with a personal link.
    let mail = smtp.wait_for_to("lerato.dube@example.org", 1).await.remove(0);
    assert!(mail.subject.starts_with("Invitation :"), "{}", mail.subject);
    let link = mail.path("/i/");
    let person = app.new_browser();
    let (status, page) = app.get(&person, &link).await;
    assert_eq!(status, 200);
    assert!(page.contains("value=\"Lerato\""));
    let csrf = crate::helpers::extract_csrf(&page).unwrap();
    let r = person.post(app.url(&link)).form(&registration_form(&csrf)).send().await.unwrap();
    assert_eq!(r.status(), 303);
    let manage_now = location(&r);
    // The confirmation arrives; its manage link shows the confirmed registration.
    let confirmation = smtp.wait_for_to("lerato.dube@example.org", 2).await.remove(1);
    assert!(confirmation.subject.contains("Regional workshop on resolution 1540"));
    let manage = confirmation.path("/r/");
    assert_eq!(manage, manage_now);
    let (status, page) = app.get(&app.new_browser(), &manage).await;
    assert_eq!(status, 200);
    assert!(page.contains("Confirmée") || page.contains("Confirmed"));
    let inv = invitation::Entity::find()
        .filter(invitation::Column::EventId.eq(event))
        .one(&app.state.db.read)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(inv.state, InvitationState::Registered);
    let reg = registration::Entity::find()
        .filter(registration::Column::EventId.eq(event))
        .one(&app.state.db.read)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((reg.role.as_str(), reg.state.as_str(), reg.language.as_str()), ("expert", "confirmed", "fr"));
    // The organiser sees the invitation as registered and delivered.
    let (_, list) = org.get(&format!("/organiser/events/{event}/invitations")).await;
    assert!(list.contains("lerato.dube@example.org"));
}
