//! The one integration-test binary: the real app on 127.0.0.1:0 with a fresh database per
//! test (SQLite by default; PostgreSQL when `CONVENE_TEST_DATABASE_URL` is set).

mod helpers;
mod mail;
mod smtp;
mod support;

mod api;
mod api_contract;
mod attendance;
mod attendance_desk;
mod audit_log;
mod auth;
mod calendar;
mod certificates;
mod dashboard;
mod demo;
mod documents;
mod donors;
mod event_content;
mod events;
mod exports;
mod flow;
mod formatting;
mod invitations;
mod jobs;
mod languages;
mod log_hygiene;
mod meetings;
mod openapi;
mod participants;
mod platform;
mod privacy;
mod public;
mod registration;
mod remote_participation;
mod reports;
mod required_selects;
mod screens;
mod situation;
mod sso;
mod staff_access;
mod subject_access;
mod webhooks;
