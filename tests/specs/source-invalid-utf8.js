// comment ÿþ bad bytes
const s = "aÃ(bâ‚";
console.log(s.length, [...s].map((c) => c.codePointAt(0).toString(16)).join(" "));
