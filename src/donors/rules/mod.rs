//! Rules of the funding records: donors, contacts, contributions, allocations and event
//! budgets. Staff (organisers and admins) record donors and contributions; allocations and
//! budgets of an event need the right to manage its programme. Every change is audited.

mod allocations;
mod budget;
mod contacts;
mod contributions;
mod donors;
mod funding;

pub use allocations::{allocate, withdraw_allocation};
pub use budget::set_budget_line;
pub use contacts::{add_contact, remove_contact, update_contact};
pub use contributions::{
    ContributionFile, contribution_file, create_contribution, delete_contribution, update_contribution,
};
pub use donors::{DonorFile, create_donor, donor_contributions, donor_file, list_donors, update_donor};
pub use funding::{BudgetRow, EventFunding, FundingSource, event_funding, open_contributions};
