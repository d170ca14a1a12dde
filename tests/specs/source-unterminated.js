const t = `unterminated ${1 +
