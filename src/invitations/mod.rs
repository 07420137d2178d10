//! Invitations: to named people (one by one, from CSV, or copied from an earlier event) and to
//! States' focal points, who nominate their delegation up to a seat quota.
