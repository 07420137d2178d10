//! Rules of staff sign-in: throttled password checks, sessions as rows, one-time links,
//! API tokens, and account creation.

mod accounts;
mod api_tokens;
mod links;
mod password_change;
mod session_list;
mod sessions;

pub use accounts::{
    AccessChange, Account, NewUser, account, assign_checkin_event, bootstrap_admin, change_access, create_user,
    find_user, list_accounts,
};
pub use api_tokens::{NewApiToken, api_tokens_of, create_api_token, revoke_api_token};
pub use links::{
    check_sign_in_link, consume_sign_in_link, create_break_glass_link, create_sign_in_link, issue_break_glass_link,
    issue_sign_in_link,
};
pub use password_change::{PasswordChange, change_password};
pub use session_list::{SessionEntry, end_other_sessions, end_session, end_sessions_of, sessions_of};
pub(crate) use sessions::open_session;
pub use sessions::{ApiCallers, SessionOrigin, SignedIn, TokenCaller, api_user, session_user, sign_in, sign_out};
