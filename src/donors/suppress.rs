//! Small-cell suppression of person counts. Every cell below the minimum is shown as "fewer
//! than N" (primary); then, line by line (a margin and the cells that add up to it), more cells
//! are withheld until no suppressed value can be worked out from the margin minus the shown
//! cells, even knowing that "fewer than N" means 1..N-1 and "withheld" means N or more
//! (secondary). A line whose margin is itself suppressed must hide at least one of its cells,
//! or the margin would be their sum. Lines cross: breakdowns within a selection, the same
//! figure across a partition of selections (years, programmes), and States within their
//! regional group, so subtracting other filters' figures recovers nothing either.

/// What a cell shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figure {
    /// The count itself.
    Count(u64),
    /// Suppressed because it is below the minimum.
    Fewer,
    /// Withheld so that a suppressed cell cannot be worked out.
    Withheld,
}

impl Figure {
    /// The count, when shown.
    pub fn count(self) -> Option<u64> {
        match self {
            Figure::Count(n) => Some(n),
            _ => None,
        }
    }
}

/// Cells and the lines that tie them.
#[derive(Debug, Default)]
pub struct Grid {
    values: Vec<u64>,
    lines: Vec<(usize, Vec<usize>)>,
}

impl Grid {
    /// Adds a cell and returns its index.
    pub fn cell(&mut self, value: u64) -> usize {
        self.values.push(value);
        self.values.len() - 1
    }

    /// Declares that the cells `members` add up to `margin`.
    pub fn line(&mut self, margin: usize, members: Vec<usize>) {
        self.lines.push((margin, members));
    }

    /// Suppresses with minimum `min` and returns each cell's figure.
    pub fn solve(&self, min: u64) -> Vec<Figure> {
        let mut out: Vec<Figure> =
            self.values.iter().map(|&v| if v > 0 && v < min { Figure::Fewer } else { Figure::Count(v) }).collect();
        if min <= 1 {
            return out;
        }
        let mut changed = true;
        while changed {
            changed = false;
            for (margin, members) in &self.lines {
                if let Some(next) = self.unsafe_line(&out, *margin, members, min) {
                    out[next] = Figure::Withheld;
                    changed = true;
                }
            }
        }
        out
    }

    /// The next cell to withhold for this line to be safe, if it is not.
    fn unsafe_line(&self, out: &[Figure], margin: usize, members: &[usize], min: u64) -> Option<usize> {
        let hidden: Vec<usize> = members.iter().copied().filter(|&m| out[m].count().is_none()).collect();
        let smallest_shown = || {
            members
                .iter()
                .copied()
                .filter(|&m| out[m].count().is_some_and(|v| v > 0) && m != margin)
                .min_by_key(|&m| (self.values[m], m))
        };
        let Some(margin_value) = out[margin].count() else {
            // A hidden margin with every cell shown is their sum.
            return if hidden.is_empty() { smallest_shown() } else { None };
        };
        if hidden.is_empty() {
            return None;
        }
        let shown: u64 = members.iter().filter_map(|&m| out[m].count()).sum();
        let rest = margin_value.saturating_sub(shown);
        let bounds: Vec<(u64, u64)> =
            hidden.iter().map(|&m| if out[m] == Figure::Fewer { (1, min - 1) } else { (min, rest) }).collect();
        let lo_sum: u64 = bounds.iter().map(|b| b.0).sum();
        let hi_sum: u64 = bounds.iter().map(|b| b.1).sum();
        let pinned = bounds.iter().any(|&(lo, hi)| {
            let f_lo = lo.max(rest.saturating_sub(hi_sum - hi));
            let f_hi = hi.min(rest.saturating_sub(lo_sum - lo));
            f_lo >= f_hi
        });
        if !pinned {
            return None;
        }
        smallest_shown().or(Some(margin)).filter(|&m| out[m].count().is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one_line(total: u64, cells: &[u64]) -> Vec<Figure> {
        let mut g = Grid::default();
        let t = g.cell(total);
        let members: Vec<usize> = cells.iter().map(|&v| g.cell(v)).collect();
        g.line(t, members);
        g.solve(5)
    }

    #[test]
    fn a_lone_small_cell_takes_the_next_smallest_with_it() {
        let f = one_line(20, &[10, 7, 3]);
        assert_eq!(f, vec![Figure::Count(20), Figure::Count(10), Figure::Withheld, Figure::Fewer]);
    }

    #[test]
    fn two_ones_do_not_hide_each_other() {
        let f = one_line(12, &[10, 1, 1]);
        assert_eq!(f[1], Figure::Withheld);
        assert_eq!(f[2], Figure::Fewer);
    }

    #[test]
    fn when_nothing_else_helps_the_margin_goes() {
        let f = one_line(6, &[5, 1]);
        assert_eq!(f, vec![Figure::Withheld, Figure::Withheld, Figure::Fewer]);
    }

    #[test]
    fn nothing_small_nothing_hidden() {
        let f = one_line(30, &[10, 20]);
        assert!(f.iter().all(|x| x.count().is_some()));
    }

    #[test]
    fn a_hidden_margin_is_not_the_sum_of_shown_cells() {
        // The margin of the second line is hidden by the first line; the second line's cells
        // would otherwise add up to it.
        let mut g = Grid::default();
        let all = g.cell(6);
        let a = g.cell(5);
        let b = g.cell(1);
        g.line(all, vec![a, b]);
        let a1 = g.cell(3);
        let a2 = g.cell(2);
        g.line(a, vec![a1, a2]);
        let f = g.solve(5);
        assert_eq!(f[a].count(), None);
        assert!(f[a1].count().is_none() || f[a2].count().is_none());
    }
}
