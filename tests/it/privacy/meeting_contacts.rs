//! The contacts of side event requests and NGO applications are personal data too: they go
//! with their event's erasure, the organisations and the decisions stay.

use convene::domain::{EcosocStatus, NgoApplicationState, SideEventState};
use convene::entities::{ngo_application, ngo_representative, side_event};
use convene::jobs::{JobName, runs};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait};

use super::world::world;
use crate::helpers::test_now;

#[tokio::test]
async fn side_event_and_ngo_contacts_are_erased_with_their_event() {
    let w = world().await;
    let db = &w.app.state.db.write;
    let request = side_event::ActiveModel {
        event_id: Set(w.past),
        title: Set("Universalization of the Convention".to_owned()),
        organisers: Set("Permanent Mission of Ghana".to_owned()),
        co_sponsors: Set(String::new()),
        contact_name: Set("Ama Mensah".to_owned()),
        contact_email: Set("ama.mensah@example.org".to_owned()),
        language: Set("en".to_owned()),
        expected_audience: Set(30),
        interpretation: Set(false),
        webcast: Set(false),
        preferred_slots: Set("[]".to_owned()),
        state: Set(SideEventState::Declined),
        decline_reason: Set(Some("No room at lunchtime.".to_owned())),
        requested_at: Set(test_now()),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    let application = ngo_application::ActiveModel {
        event_id: Set(w.past),
        organisation: Set("VERTIC".to_owned()),
        ecosoc_status: Set(EcosocStatus::Special),
        contact_email: Set("info@vertic.example.org".to_owned()),
        language: Set("en".to_owned()),
        state: Set(NgoApplicationState::Accredited),
        created_at: Set(test_now()),
        updated_at: Set(test_now()),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    let representative = ngo_representative::ActiveModel {
        application_id: Set(application.id),
        given_name: Set("Helen".to_owned()),
        family_name: Set("Marsh".to_owned()),
        email: Set("h.marsh@vertic.example.org".to_owned()),
        invitation_id: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();

    let run = runs::run_due(&w.app.state, JobName::PrivacyErasure).await.unwrap().expect("the tick is claimed");
    assert_eq!(run.outcome.as_str(), "succeeded", "{run:?}");

    let request = side_event::Entity::find_by_id(request.id).one(db).await.unwrap().unwrap();
    assert_eq!(request.contact_name, "(erased)");
    assert!(request.contact_email.starts_with("erased-"), "{}", request.contact_email);
    assert_eq!(
        (request.title.as_str(), request.decline_reason.as_deref()),
        ("Universalization of the Convention", Some("No room at lunchtime."))
    );
    let application = ngo_application::Entity::find_by_id(application.id).one(db).await.unwrap().unwrap();
    assert!(application.contact_email.starts_with("erased-"), "{}", application.contact_email);
    assert_eq!((application.organisation.as_str(), application.state), ("VERTIC", NgoApplicationState::Accredited));
    let representative = ngo_representative::Entity::find_by_id(representative.id).one(db).await.unwrap().unwrap();
    assert_eq!((representative.given_name.as_str(), representative.family_name.as_str()), ("(erased)", "(erased)"));
    assert!(representative.email.starts_with("erased-"), "{}", representative.email);
}
