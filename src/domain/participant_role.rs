//! A person's role at one event.

code_enum!(
    /// A person's role at one event (roles are per event, not per person).
    ParticipantRole {
        /// Member of a State's delegation.
        Delegate => "delegate",
        /// Leads a delegation.
        HeadOfDelegation => "head_of_delegation",
        /// Takes part without a vote.
        Observer => "observer",
        /// Expert or resource person.
        Expert => "expert",
        /// Trainer of a course.
        Trainer => "trainer",
        /// Trainee of a course.
        Trainee => "trainee",
        /// Secretariat staff.
        Staff => "staff",
    }
);

impl ParticipantRole {
    /// The same role in the emails crate.
    pub fn for_email(self) -> emails::Role {
        match self {
            Self::Delegate => emails::Role::Delegate,
            Self::HeadOfDelegation => emails::Role::HeadOfDelegation,
            Self::Observer => emails::Role::Observer,
            Self::Expert => emails::Role::Expert,
            Self::Trainer => emails::Role::Trainer,
            Self::Trainee => emails::Role::Trainee,
            Self::Staff => emails::Role::Staff,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::code_enum::assert_codes;

    #[test]
    fn stored_codes() {
        assert_codes(
            ParticipantRole::ALL,
            &["delegate", "head_of_delegation", "observer", "expert", "trainer", "trainee", "staff"],
        );
    }

    #[test]
    fn every_role_has_its_email_wording() {
        assert!(matches!(ParticipantRole::HeadOfDelegation.for_email(), emails::Role::HeadOfDelegation));
        assert!(matches!(ParticipantRole::Trainee.for_email(), emails::Role::Trainee));
    }
}
