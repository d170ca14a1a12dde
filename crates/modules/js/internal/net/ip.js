'use strict';
// net.isIP / isIPv4 / isIPv6: textual checks only (no lookups). Like
// node, the input is converted to a string first, so isIP(123) is 0.

// A decimal byte without leading zeros: 0-255.
const byteText = /^(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const hexGroup = /^[0-9a-fA-F]{1,4}$/;
const zoneText = /^[0-9a-zA-Z\-.:]+$/;

function isIPv4(input) {
  const text = `${input}`;
  const parts = text.split('.');
  if (parts.length !== 4) return false;
  for (const part of parts) if (!byteText.test(part)) return false;
  return true;
}

// Counts the 16-bit groups a run of `a:b:c` (possibly ending in a dotted
// IPv4 address, worth two) stands for; -1 when a group is malformed.
function countGroups(run, ipv4Allowed) {
  if (run === '') return 0;
  const groups = run.split(':');
  let count = 0;
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i];
    if (hexGroup.test(group)) count += 1;
    else if (ipv4Allowed && i === groups.length - 1 && isIPv4(group)) count += 2;
    else return -1;
  }
  return count;
}

function isIPv6(input) {
  let text = `${input}`;
  const percent = text.indexOf('%');
  if (percent !== -1) {
    if (!zoneText.test(text.slice(percent + 1))) return false;
    text = text.slice(0, percent);
  }
  const gap = text.indexOf('::');
  if (gap === -1) return countGroups(text, true) === 8;
  if (text.indexOf('::', gap + 1) !== -1) return false;
  const before = countGroups(text.slice(0, gap), false);
  const after = countGroups(text.slice(gap + 2), true);
  return before >= 0 && after >= 0 && before + after <= 7;
}

function isIP(input) {
  if (isIPv4(input)) return 4;
  if (isIPv6(input)) return 6;
  return 0;
}

module.exports = { isIP, isIPv4, isIPv6 };
