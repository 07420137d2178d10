//! Fifty inscriptions sent at once over HTTP get fifty distinct places, in the order the rule
//! gives (on SQLite and, with `CONVENE_TEST_DATABASE_URL`, on PostgreSQL).

use reqwest::Method;
use serde_json::{Value, json};

use super::{item, meeting};

const LEVELS: [&str; 4] = ["head_of_state", "minister", "head_of_delegation", "other"];

#[tokio::test]
async fn fifty_inscriptions_at_once_get_distinct_places_in_the_right_order() {
    let (app, org, event) = meeting().await;
    let general = item(&org, event, "5", "General debate").await;
    let path = format!("/api/v1/events/{event}/agenda/{general}/speakers");
    let countries: Vec<String> = app.state.reference.countries.iter().take(50).map(|c| c.iso3.clone()).collect();
    assert_eq!(countries.len(), 50);
    let requests: Vec<_> = countries
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let group = if i % 9 == 0 { "APG" } else { "" };
            let body = json!({"country": c, "level": LEVELS[i % 4], "on_behalf_of": group});
            let request = org.api.request(Method::POST, &path, Some(body));
            tokio::spawn(async move { request.send().await.map(|r| r.status().as_u16()) })
        })
        .collect();
    for r in requests {
        assert_eq!(r.await.unwrap().unwrap(), 201);
    }
    let (_, list) = org.api.get(&path).await;
    let speakers = list["speakers"].as_array().unwrap();
    assert_eq!(speakers.len(), 50);
    let places: Vec<i64> = speakers.iter().map(|s| s["place"].as_i64().unwrap()).collect();
    assert_eq!(places, (1..=50).collect::<Vec<i64>>(), "fifty distinct places, none twice");
    // The order rule: groups first, then by level, then first come (same clock: by id).
    let rank = |s: &Value| {
        let level = LEVELS.iter().position(|l| s["level"] == *l).unwrap();
        (s["on_behalf_of"].is_null(), level, s["inscribed_at"].as_str().unwrap().to_owned(), s["id"].as_i64().unwrap())
    };
    let keys: Vec<_> = speakers.iter().map(rank).collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    assert_eq!(keys.iter().filter(|k| !k.0).count(), 6, "six statements on behalf of the group");
    // The stored places are unique per item, whatever the order the requests arrived in.
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let stored = convene::entities::speaker_inscription::Entity::find()
        .filter(convene::entities::speaker_inscription::Column::AgendaItemId.eq(i32::try_from(general).unwrap()))
        .all(&app.state.db.read)
        .await
        .unwrap();
    let mut stored_places: Vec<i32> = stored.iter().map(|s| s.place).collect();
    stored_places.sort_unstable();
    stored_places.dedup();
    assert_eq!(stored_places.len(), 50);
}
