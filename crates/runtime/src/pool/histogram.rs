//! A small fixed-memory histogram of durations for the pool's run-time and
//! wait-time summaries: log-linear buckets (32 per power of two, so a
//! percentile is within about 3% of the true value) over microseconds.

use std::time::Duration;

/// Sub-buckets per power of two.
const SUB: usize = 32;
/// Powers of two covered (1 µs to about 2^40 µs, 12 days).
const OCTAVES: usize = 40;

/// Durations recorded in microseconds.
#[derive(Clone)]
pub(crate) struct Histogram {
    counts: Box<[u64]>,
    count: u64,
    sum: f64,
    sum_sq: f64,
    min: u64,
    max: u64,
}

impl Default for Histogram {
    fn default() -> Self {
        Histogram {
            counts: vec![0; SUB * OCTAVES].into_boxed_slice(),
            count: 0,
            sum: 0.0,
            sum_sq: 0.0,
            min: u64::MAX,
            max: 0,
        }
    }
}

fn bucket_of(us: u64) -> usize {
    let us = us.max(1);
    let octave = 63 - us.leading_zeros() as usize;
    // The position within the octave, in SUB steps.
    let sub = if octave >= 5 {
        ((us >> (octave - 5)) as usize) & (SUB - 1)
    } else {
        ((us << (5 - octave)) as usize) & (SUB - 1)
    };
    (octave * SUB + sub).min(SUB * OCTAVES - 1)
}

/// The upper bound (µs) of a bucket.
fn bucket_top(index: usize) -> f64 {
    let (octave, sub) = (index / SUB, index % SUB);
    (1u64 << octave) as f64 * (1.0 + (sub as f64 + 1.0) / SUB as f64)
}

impl Histogram {
    /// Adds one duration.
    pub fn record(&mut self, d: Duration) {
        let us = (d.as_micros() as u64).max(1);
        self.counts[bucket_of(us)] += 1;
        self.count += 1;
        self.sum += us as f64;
        self.sum_sq += (us as f64) * (us as f64);
        self.min = self.min.min(us);
        self.max = self.max.max(us);
    }

    /// How many durations were recorded.
    pub fn count(&self) -> u64 {
        self.count
    }

    /// Mean, standard deviation, min and max in µs (0 when empty).
    pub fn moments(&self) -> [f64; 4] {
        if self.count == 0 {
            return [0.0; 4];
        }
        let n = self.count as f64;
        let mean = self.sum / n;
        let var = (self.sum_sq / n - mean * mean).max(0.0);
        [mean, var.sqrt(), self.min as f64, self.max as f64]
    }

    /// The value (µs) below which `p` percent of durations fall.
    pub fn percentile(&self, p: f64) -> f64 {
        if self.count == 0 {
            return 0.0;
        }
        let rank = ((p / 100.0) * self.count as f64).ceil().max(1.0) as u64;
        let mut seen = 0;
        for (i, c) in self.counts.iter().enumerate() {
            seen += c;
            if seen >= rank {
                return bucket_top(i).clamp(self.min as f64, self.max as f64);
            }
        }
        self.max as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_are_close_to_the_truth() {
        let mut h = Histogram::default();
        for us in 1..=10_000u64 {
            h.record(Duration::from_micros(us));
        }
        assert_eq!(h.count(), 10_000);
        for (p, truth) in [(50.0, 5_000.0), (99.0, 9_900.0), (10.0, 1_000.0)] {
            let got = h.percentile(p);
            assert!((got - truth).abs() / truth < 0.05, "p{p}: {got} vs {truth}");
        }
        let [mean, _, min, max] = h.moments();
        assert!((mean - 5_000.5).abs() < 1.0);
        assert_eq!((min, max), (1.0, 10_000.0));
    }

    #[test]
    fn empty_histogram_reports_zeros() {
        let h = Histogram::default();
        assert_eq!(h.percentile(50.0), 0.0);
        assert_eq!(h.moments(), [0.0; 4]);
    }
}
