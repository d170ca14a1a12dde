//! WHATWG URL parsing for the `URL` class, on the `url` crate.

use spindle_core::{Op, OpResult, OpScope, Val};
use url::{quirks, Url};

fn parts(u: &Url) -> Val {
    Val::Array(
        [
            quirks::href(u),
            quirks::protocol(u),
            quirks::username(u),
            quirks::password(u),
            quirks::host(u),
            quirks::hostname(u),
            quirks::port(u),
            quirks::pathname(u),
            quirks::search(u),
            quirks::hash(u),
        ]
        .iter()
        .map(|s| Val::from(*s))
        .chain(std::iter::once(Val::String(quirks::origin(u))))
        .collect(),
    )
}

/// `urlParse(input, base?)` → the URL's parts, or undefined when invalid.
fn url_parse(scope: &mut OpScope) -> OpResult {
    let input = scope.string(0)?;
    let parsed = if scope.is_undefined(1) {
        Url::parse(&input)
    } else {
        Url::parse(&scope.string(1)?).and_then(|base| base.join(&input))
    };
    Ok(parsed.map_or(Val::Undefined, |u| parts(&u)))
}

/// `urlSet(href, field, value)` → the new parts (setters that fail leave
/// the URL as it was, as the standard says).
fn url_set(scope: &mut OpScope) -> OpResult {
    let Ok(mut u) = Url::parse(&scope.string(0)?) else {
        return Ok(Val::Undefined);
    };
    let field = scope.string(1)?;
    let value = scope.string(2)?;
    let _ = match field.as_str() {
        "protocol" => quirks::set_protocol(&mut u, &value),
        "username" => quirks::set_username(&mut u, &value),
        "password" => quirks::set_password(&mut u, &value),
        "host" => quirks::set_host(&mut u, &value),
        "hostname" => quirks::set_hostname(&mut u, &value),
        "port" => quirks::set_port(&mut u, &value),
        "pathname" => {
            quirks::set_pathname(&mut u, &value);
            Ok(())
        }
        "search" => {
            quirks::set_search(&mut u, &value);
            Ok(())
        }
        "hash" => {
            quirks::set_hash(&mut u, &value);
            Ok(())
        }
        _ => Err(()),
    };
    Ok(parts(&u))
}

/// The URL ops.
pub const OPS: &[Op] = &[Op::new("urlParse", url_parse), Op::new("urlSet", url_set)];
