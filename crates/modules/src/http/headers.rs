//! Pure helpers for the HTTP layer: header lists as they cross between
//! JavaScript and hyper, latin-1 text, and the names node prints.
//!
//! JavaScript hands a message's headers to Rust as one string of
//! `name\nvalue\n` pairs (node's validation has already refused CR, LF and
//! NUL in names and values, so `\n` cannot occur inside either). Header
//! text is latin-1 on the wire, as in node: each JavaScript character
//! U+0000–U+00FF is one byte.

use hyper::header::{HeaderMap, HeaderName, HeaderValue};

/// Bytes of latin-1 text (characters above U+00FF keep their low byte, as
/// node's `latin1` encoding does).
pub fn latin1_bytes(text: &str) -> Vec<u8> {
    if text.is_ascii() {
        return text.as_bytes().to_vec();
    }
    text.chars().map(|c| c as u32 as u8).collect()
}

/// Latin-1 bytes as text (every byte is one character).
pub fn latin1_string(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) if s.is_ascii() => s.to_string(),
        _ => bytes.iter().map(|&b| b as char).collect(),
    }
}

/// A header name with each word capitalised (`content-type` →
/// `Content-Type`): how the wire spells names hyper hands over in lower
/// case, and the spelling most senders use.
pub fn title_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    push_title_case(&mut out, name);
    out
}

fn push_title_case(out: &mut String, name: &str) {
    let mut upper = true;
    for c in name.chars() {
        out.push(if upper { c.to_ascii_uppercase() } else { c });
        upper = c == '-';
    }
}

/// Parses a `name\nvalue\n…` list into a header map, in order (repeated
/// names are appended). Fails with the offending name.
pub fn parse_header_list(list: &str) -> Result<HeaderMap, String> {
    let mut map = HeaderMap::new();
    if list.is_empty() {
        return Ok(map);
    }
    let mut parts = list.split('\n');
    while let Some(name) = parts.next() {
        if name.is_empty() && parts.clone().next().is_none() {
            break;
        }
        let value = parts.next().unwrap_or("");
        let header = HeaderName::from_bytes(name.as_bytes()).map_err(|_| name.to_string())?;
        let value = HeaderValue::from_bytes(&latin1_bytes(value)).map_err(|_| name.to_string())?;
        map.append(header, value);
    }
    Ok(map)
}

/// A received header map as the text of node's `rawHeaders`: `name\nvalue\n`
/// for each line (JavaScript splits it when `rawHeaders` is read), names
/// title-cased (hyper keeps only the lower case), values read as latin-1
/// (a received value never holds a line feed).
pub fn raw_headers(map: &HeaderMap) -> String {
    let mut out = String::with_capacity(map.len() * 32);
    for (name, value) in map {
        push_title_case(&mut out, name.as_str());
        out.push('\n');
        let bytes = value.as_bytes();
        match std::str::from_utf8(bytes) {
            Ok(text) if text.is_ascii() => out.push_str(text),
            _ => out.extend(bytes.iter().map(|&b| b as char)),
        }
        out.push('\n');
    }
    out
}

/// Whether a request keeps its connection open by node's rules: HTTP/1.1
/// unless `Connection: close`, HTTP/1.0 only with `Connection: keep-alive`.
pub fn wants_keep_alive(version: hyper::Version, map: &HeaderMap) -> bool {
    let mut keep = version == hyper::Version::HTTP_11;
    for value in map.get_all(hyper::header::CONNECTION) {
        for token in value.as_bytes().split(|&b| b == b',') {
            let token = token.trim_ascii();
            if token.eq_ignore_ascii_case(b"close") {
                return false;
            }
            if token.eq_ignore_ascii_case(b"keep-alive") {
                keep = true;
            }
        }
    }
    keep
}

/// The text node's errors use for a socket address family.
pub fn family_name(addr: &std::net::SocketAddr) -> &'static str {
    if addr.is_ipv4() {
        "IPv4"
    } else {
        "IPv6"
    }
}

/// Whether `reason` must be sent as written because it differs from the
/// phrase hyper would write for `status` by itself.
pub fn needs_custom_reason(status: u16, reason: &str) -> bool {
    match hyper::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
    {
        Some(canonical) => canonical != reason,
        None => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_cases_names() {
        assert_eq!(title_case("content-type"), "Content-Type");
        assert_eq!(title_case("x-a-b"), "X-A-B");
        assert_eq!(title_case("host"), "Host");
        assert_eq!(title_case(""), "");
    }

    #[test]
    fn latin1_round_trip() {
        let text = "caf\u{e9} \u{ff}";
        let bytes = latin1_bytes(text);
        assert_eq!(bytes, b"caf\xe9 \xff");
        assert_eq!(latin1_string(&bytes), text);
        assert_eq!(latin1_string(b"plain"), "plain");
    }

    #[test]
    fn parses_lists_in_order_with_repeats() {
        let map = parse_header_list("Set-Cookie\na=1\nX-One\n1\nset-cookie\nb=2").unwrap();
        let cookies: Vec<_> = map.get_all("set-cookie").iter().collect();
        assert_eq!(cookies, ["a=1", "b=2"]);
        assert_eq!(map.get("x-one").unwrap(), "1");
        assert!(parse_header_list("").unwrap().is_empty());
        assert!(parse_header_list("X\nv\n").unwrap().get("x").is_some());
    }

    #[test]
    fn refuses_bad_names() {
        assert_eq!(parse_header_list("bad name\nv").unwrap_err(), "bad name");
    }

    #[test]
    fn raw_headers_are_lines_and_title_cased() {
        let map = parse_header_list("content-length\n2\nx-y\n\u{e9}").unwrap();
        assert_eq!(raw_headers(&map), "Content-Length\n2\nX-Y\n\u{e9}\n");
        assert_eq!(raw_headers(&HeaderMap::new()), "");
    }

    #[test]
    fn keep_alive_rules() {
        use hyper::Version;
        let none = HeaderMap::new();
        assert!(wants_keep_alive(Version::HTTP_11, &none));
        assert!(!wants_keep_alive(Version::HTTP_10, &none));
        let close = parse_header_list("Connection\nUpgrade, Close").unwrap();
        assert!(!wants_keep_alive(Version::HTTP_11, &close));
        let keep = parse_header_list("Connection\nkeep-alive").unwrap();
        assert!(wants_keep_alive(Version::HTTP_10, &keep));
    }

    #[test]
    fn custom_reasons() {
        assert!(!needs_custom_reason(200, "OK"));
        assert!(needs_custom_reason(200, "Fine"));
        assert!(needs_custom_reason(299, "unknown"));
        assert!(!needs_custom_reason(404, "Not Found"));
    }
}
