//! Map labels that never print over each other: given each label's box on screen, the labels to
//! show, the more important first, each only where it overlaps none already shown.

/// A box on screen, in pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LabelBox {
    pub left: f64,
    pub top: f64,
    pub width: f64,
    pub height: f64,
}

impl LabelBox {
    /// Whether the two boxes, each grown by `gap` on every side, overlap.
    pub fn overlaps(&self, other: &LabelBox, gap: f64) -> bool {
        self.left - gap < other.left + other.width + gap
            && other.left - gap < self.left + self.width + gap
            && self.top - gap < other.top + other.height + gap
            && other.top - gap < self.top + self.height + gap
    }

    fn is_drawn(&self) -> bool {
        self.width > 0.0 && self.height > 0.0 && self.left.is_finite() && self.top.is_finite()
    }
}

/// Which labels to show: `boxes[i]` with importance `weight[i]` (higher first, then in order).
/// A label that overlaps one already shown (boxes `gap` px apart at least) is hidden; a label
/// with no box (not drawn) is hidden and takes no room.
pub fn visible_labels(boxes: &[LabelBox], weight: &[f64], gap: f64) -> Vec<bool> {
    let mut order: Vec<usize> = (0..boxes.len()).collect();
    let w = |i: usize| weight.get(i).copied().unwrap_or(0.0);
    order.sort_by(|&a, &b| w(b).total_cmp(&w(a)));
    let mut shown = vec![false; boxes.len()];
    let mut placed: Vec<LabelBox> = Vec::new();
    for i in order {
        let b = boxes[i];
        if b.is_drawn() && !placed.iter().any(|p| p.overlaps(&b, gap)) {
            placed.push(b);
            shown[i] = true;
        }
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(left: f64, top: f64) -> LabelBox {
        LabelBox { left, top, width: 80.0, height: 16.0 }
    }

    #[test]
    fn the_more_important_of_two_overlapping_labels_stays() {
        // 0, 1 and 2 overlap each other; 3 is clear of all.
        let boxes = [at(0.0, 0.0), at(40.0, 8.0), at(-30.0, -5.0), at(200.0, 0.0)];
        assert_eq!(visible_labels(&boxes, &[1.0, 5.0, 0.0, 0.0], 2.0), [false, true, false, true]);
        assert_eq!(visible_labels(&boxes, &[5.0, 1.0, 0.0, 0.0], 2.0), [true, false, false, true]);
        // Equal weights: the earlier wins.
        assert_eq!(visible_labels(&boxes, &[0.0; 4], 2.0), [true, false, false, true]);
    }

    #[test]
    fn shown_labels_never_overlap_and_the_gap_counts() {
        let boxes = [at(0.0, 0.0), at(81.0, 0.0)];
        assert_eq!(visible_labels(&boxes, &[], 0.0), [true, true], "1 px apart");
        assert_eq!(visible_labels(&boxes, &[], 2.0), [true, false], "closer than the gap");
        // A dense grid: whatever is shown is pairwise clear.
        let grid: Vec<LabelBox> = (0..100).map(|i| at(f64::from(i % 10) * 37.0, f64::from(i / 10) * 9.0)).collect();
        let shown = visible_labels(&grid, &[], 2.0);
        let kept: Vec<&LabelBox> = grid.iter().zip(&shown).filter(|(_, s)| **s).map(|(b, _)| b).collect();
        assert!(kept.len() > 1);
        for (i, a) in kept.iter().enumerate() {
            for b in &kept[i + 1..] {
                assert!(!a.overlaps(b, 2.0));
            }
        }
    }

    #[test]
    fn a_label_that_is_not_drawn_is_hidden_and_takes_no_room() {
        let none = LabelBox { left: 0.0, top: 0.0, width: 0.0, height: 0.0 };
        let nan = LabelBox { left: f64::NAN, ..at(0.0, 0.0) };
        assert_eq!(visible_labels(&[none, nan, at(0.0, 0.0)], &[9.0, 9.0, 0.0], 2.0), [false, false, true]);
        assert!(visible_labels(&[], &[], 2.0).is_empty());
    }
}
