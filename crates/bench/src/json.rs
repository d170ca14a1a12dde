//! A parser for the one flat JSON object a benchmark prints, and a writer for
//! `--json` output. Flat means no nested objects or arrays: values are
//! strings, numbers, `true`, `false` or `null`.

use std::fmt::Write as _;

/// A value of a flat JSON object.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A JSON string, unescaped.
    Str(String),
    /// A JSON number.
    Num(f64),
    /// `true` or `false`.
    Bool(bool),
    /// `null`.
    Null,
}

/// Parses one flat JSON object such as `{"bench":"pool","tasks_per_s":41316}`
/// into its fields, in the order they appear. Surrounding whitespace is
/// allowed; anything else after the closing brace is an error.
pub fn parse_flat_object(text: &str) -> Result<Vec<(String, Value)>, String> {
    let mut p = Parser {
        s: text.as_bytes(),
        i: 0,
    };
    p.ws();
    p.expect(b'{')?;
    let mut fields = Vec::new();
    p.ws();
    if p.peek() == Some(b'}') {
        p.i += 1;
    } else {
        loop {
            p.ws();
            let key = p.string()?;
            p.ws();
            p.expect(b':')?;
            p.ws();
            let value = p.value()?;
            fields.push((key, value));
            p.ws();
            match p.next() {
                Some(b',') => continue,
                Some(b'}') => break,
                _ => return Err(p.error("expected ',' or '}'")),
            }
        }
    }
    p.ws();
    if p.i != p.s.len() {
        return Err(p.error("trailing characters after the object"));
    }
    Ok(fields)
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let c = self.peek();
        if c.is_some() {
            self.i += 1;
        }
        c
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn error(&self, what: &str) -> String {
        format!("{what} at byte {}", self.i)
    }

    fn expect(&mut self, c: u8) -> Result<(), String> {
        if self.next() == Some(c) {
            Ok(())
        } else {
            self.i = self.i.saturating_sub(1);
            Err(self.error(&format!("expected '{}'", c as char)))
        }
    }

    fn literal(&mut self, word: &str) -> bool {
        if self.s[self.i..].starts_with(word.as_bytes()) {
            self.i += word.len();
            true
        } else {
            false
        }
    }

    fn value(&mut self) -> Result<Value, String> {
        match self.peek() {
            Some(b'"') => self.string().map(Value::Str),
            Some(b'-' | b'0'..=b'9') => self.number().map(Value::Num),
            Some(b'{' | b'[') => Err(self.error("nested objects and arrays are not supported")),
            _ if self.literal("true") => Ok(Value::Bool(true)),
            _ if self.literal("false") => Ok(Value::Bool(false)),
            _ if self.literal("null") => Ok(Value::Null),
            _ => Err(self.error("expected a value")),
        }
    }

    fn number(&mut self) -> Result<f64, String> {
        let start = self.i;
        while matches!(
            self.peek(),
            Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')
        ) {
            self.i += 1;
        }
        // The slice is ASCII by construction.
        let text = std::str::from_utf8(&self.s[start..self.i]).unwrap_or_default();
        let valid_start = text.strip_prefix('-').unwrap_or(text);
        if !valid_start.starts_with(|c: char| c.is_ascii_digit()) {
            self.i = start;
            return Err(self.error("malformed number"));
        }
        text.parse::<f64>().map_err(|_| {
            self.i = start;
            self.error("malformed number")
        })
    }

    fn string(&mut self) -> Result<String, String> {
        self.expect(b'"')?;
        let mut out: Vec<u8> = Vec::new();
        loop {
            match self.next() {
                None => return Err(self.error("unterminated string")),
                Some(b'"') => break,
                Some(b'\\') => match self.next() {
                    Some(b'"') => out.push(b'"'),
                    Some(b'\\') => out.push(b'\\'),
                    Some(b'/') => out.push(b'/'),
                    Some(b'b') => out.push(8),
                    Some(b'f') => out.push(12),
                    Some(b'n') => out.push(b'\n'),
                    Some(b'r') => out.push(b'\r'),
                    Some(b't') => out.push(b'\t'),
                    Some(b'u') => {
                        let mut unit = self.hex4()?;
                        // A surrogate pair is two escapes.
                        if (0xD800..0xDC00).contains(&unit) && self.s[self.i..].starts_with(b"\\u")
                        {
                            self.i += 2;
                            let low = self.hex4()?;
                            if (0xDC00..0xE000).contains(&low) {
                                unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                            }
                        }
                        let c = char::from_u32(unit).unwrap_or('\u{FFFD}');
                        let mut buf = [0; 4];
                        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                    }
                    _ => return Err(self.error("bad escape")),
                },
                Some(c) if c < 0x20 => return Err(self.error("control character in string")),
                Some(c) => out.push(c),
            }
        }
        String::from_utf8(out).map_err(|_| self.error("invalid UTF-8 in string"))
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let digits = self
            .s
            .get(self.i..self.i + 4)
            .ok_or_else(|| self.error("short \\u escape"))?;
        let text = std::str::from_utf8(digits).map_err(|_| self.error("bad \\u escape"))?;
        let unit = u32::from_str_radix(text, 16).map_err(|_| self.error("bad \\u escape"))?;
        self.i += 4;
        Ok(unit)
    }
}

/// Appends `s` to `out` as a quoted JSON string.
pub fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Appends `x` to `out` as a JSON number (`null` when it is not finite).
pub fn write_number(out: &mut String, x: f64) {
    if x.is_finite() {
        let _ = write!(out, "{x}");
    } else {
        out.push_str("null");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(x: f64) -> Value {
        Value::Num(x)
    }

    #[test]
    fn parses_a_benchmark_line() {
        let fields = parse_flat_object(
            r#"{"bench":"spawn","median_ms":7.5,"min_ms":7.2,"eight_parallel_ms":64.3}"#,
        )
        .unwrap();
        assert_eq!(
            fields,
            vec![
                ("bench".into(), Value::Str("spawn".into())),
                ("median_ms".into(), num(7.5)),
                ("min_ms".into(), num(7.2)),
                ("eight_parallel_ms".into(), num(64.3)),
            ]
        );
    }

    #[test]
    fn parses_numbers_in_every_form() {
        let fields =
            parse_flat_object(r#"{"a":41316,"b":-0.5,"c":1e8,"d":6.6e-7,"e":0,"f":1.5E+3}"#)
                .unwrap();
        let xs: Vec<f64> = fields
            .iter()
            .map(|(_, v)| match v {
                Value::Num(x) => *x,
                _ => panic!("not a number"),
            })
            .collect();
        assert_eq!(xs, vec![41316.0, -0.5, 1e8, 6.6e-7, 0.0, 1500.0]);
    }

    #[test]
    fn parses_whitespace_literals_and_empty_objects() {
        assert_eq!(parse_flat_object(" {} \n").unwrap(), vec![]);
        let fields = parse_flat_object("{ \"ok\" : true , \"x\":null,\"y\" :false }").unwrap();
        assert_eq!(
            fields,
            vec![
                ("ok".into(), Value::Bool(true)),
                ("x".into(), Value::Null),
                ("y".into(), Value::Bool(false)),
            ]
        );
    }

    #[test]
    fn unescapes_strings() {
        let fields = parse_flat_object(r#"{"s":"a\"b\\c\/d\n\u00e9\ud83d\ude00"}"#).unwrap();
        assert_eq!(fields[0].1, Value::Str("a\"b\\c/d\né😀".into()));
    }

    #[test]
    fn rejects_malformed_input() {
        for bad in [
            "",
            "up",
            "{",
            r#"{"a":1"#,
            r#"{"a":1,}"#,
            r#"{"a" 1}"#,
            r#"{a:1}"#,
            r#"{"a":[1,2]}"#,
            r#"{"a":{"b":1}}"#,
            r#"{"a":.5}"#,
            r#"{"a":1.2.3}"#,
            r#"{"a":"unterminated}"#,
            r#"{"a":1} extra"#,
            r#"{"a":tru}"#,
        ] {
            assert!(parse_flat_object(bad).is_err(), "accepted {bad:?}");
        }
    }

    #[test]
    fn writes_strings_and_numbers() {
        let mut out = String::new();
        write_string(&mut out, "a\"b\\\n\u{1}");
        out.push(' ');
        write_number(&mut out, 7.5);
        out.push(' ');
        write_number(&mut out, f64::NAN);
        assert_eq!(out, r#""a\"b\\\n\u0001" 7.5 null"#);
        // What is written parses back.
        let mut obj = String::from("{");
        write_string(&mut obj, "k\"\u{7}");
        obj.push(':');
        write_string(&mut obj, "v\t😀");
        obj.push('}');
        assert_eq!(
            parse_flat_object(&obj).unwrap(),
            vec![("k\"\u{7}".into(), Value::Str("v\t😀".into()))]
        );
    }
}
