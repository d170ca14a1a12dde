//! Medians, number formatting for the tables, and the calendar date.

/// The median of `xs`: the middle value, or the mean of the two middle values
/// when there is an even number of them. `None` when `xs` is empty. NaNs sort
/// last (IEEE total order), so one NaN does not poison the median.
pub fn median(xs: &[f64]) -> Option<f64> {
    if xs.is_empty() {
        return None;
    }
    let mut v = xs.to_vec();
    v.sort_by(f64::total_cmp);
    let mid = v.len() / 2;
    Some(if v.len() % 2 == 1 {
        v[mid]
    } else {
        (v[mid - 1] + v[mid]) / 2.0
    })
}

/// Formats a median for a table cell: integers as integers, other values
/// with 2 decimals from 1 up, 4 below 1, and scientific notation below 0.001,
/// trailing zeros removed.
pub fn format_value(x: f64) -> String {
    if !x.is_finite() {
        return x.to_string();
    }
    let a = x.abs();
    if x.fract() == 0.0 && a < 1e15 {
        return format!("{x:.0}");
    }
    let s = if a >= 1000.0 {
        format!("{x:.0}")
    } else if a >= 1.0 {
        format!("{x:.2}")
    } else if a >= 0.001 {
        format!("{x:.4}")
    } else {
        return format!("{x:.2e}");
    };
    trim_zeros(s)
}

/// Formats a ratio of two medians with 2 decimals (1 from 100 up).
pub fn format_ratio(r: f64) -> String {
    if r.abs() >= 100.0 {
        format!("{r:.1}")
    } else {
        format!("{r:.2}")
    }
}

fn trim_zeros(s: String) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// The UTC calendar date and time `(year, month, day, hour, minute)` of a
/// number of seconds since the Unix epoch (Howard Hinnant's `civil_from_days`).
pub fn utc_from_unix(secs: u64) -> (i64, u32, u32, u32, u32) {
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (
        year,
        month,
        day,
        (rem / 3600) as u32,
        (rem % 3600 / 60) as u32,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_odd_and_even_counts() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[4.0]), Some(4.0));
        assert_eq!(median(&[9.0, 1.0, 5.0]), Some(5.0));
        assert_eq!(median(&[7.2, 7.5, 64.3, 7.4, 7.3]), Some(7.4));
        assert_eq!(median(&[1.0, 4.0, 2.0, 3.0]), Some(2.5));
        assert_eq!(median(&[41316.0, 41316.0]), Some(41316.0));
    }

    #[test]
    fn median_is_robust_to_outliers_and_nan() {
        assert_eq!(median(&[1.0, 2.0, 1e9]), Some(2.0));
        assert_eq!(median(&[1.0, f64::NAN, 2.0]), Some(2.0));
        assert_eq!(median(&[-3.0, -1.0, -2.0]), Some(-2.0));
    }

    #[test]
    fn formats_values() {
        assert_eq!(format_value(41316.0), "41316");
        assert_eq!(format_value(870908.4), "870908");
        assert_eq!(format_value(316.4), "316.4");
        assert_eq!(format_value(7.5), "7.5");
        assert_eq!(format_value(7.828), "7.83");
        assert_eq!(format_value(11.0), "11");
        assert_eq!(format_value(0.108), "0.108");
        assert_eq!(format_value(0.12345), "0.1235");
        assert_eq!(format_value(0.0002), "2.00e-4");
        assert_eq!(format_value(-2.5), "-2.5");
        assert_eq!(format_ratio(0.4567), "0.46");
        assert_eq!(format_ratio(1.0), "1.00");
        assert_eq!(format_ratio(123.45), "123.5");
    }

    #[test]
    fn converts_unix_time_to_utc() {
        assert_eq!(utc_from_unix(0), (1970, 1, 1, 0, 0));
        assert_eq!(utc_from_unix(951_782_400), (2000, 2, 29, 0, 0));
        assert_eq!(utc_from_unix(1_764_083_460), (2025, 11, 25, 15, 11));
        assert_eq!(utc_from_unix(4_107_542_399), (2100, 2, 28, 23, 59));
    }
}
