'use strict';
// Strings past the length limit — a 1 GiB string, and buffers decoded
// into strings longer than buffer.constants.MAX_STRING_LENGTH — end in
// node's error (a RangeError for string operations, whose wording is the
// engine's; ERR_STRING_TOO_LONG for Buffer decoding), never a crash.
const { constants } = require('buffer');
const { runTable, ENGINE_TEXT } = require('./fixtures/table');

const MAX = constants.MAX_STRING_LENGTH;
runTable('string operations', [
  ["'x'.repeat(2 ** 30)", () => 'x'.repeat(2 ** 30), ENGINE_TEXT],
  ["''.padStart(2 ** 30, 'ab')", () => ''.padStart(2 ** 30, 'ab'), ENGINE_TEXT],
  ["'x'.repeat(2 ** 31)", () => 'x'.repeat(2 ** 31), ENGINE_TEXT],
]);
// One buffer just over the limit, reused for every decoding.
const big = Buffer.alloc(MAX + 1, 0x61);
runTable('buffer decoding past MAX_STRING_LENGTH', [
  ['MAX_STRING_LENGTH', () => MAX],
  ['latin1', () => big.toString('latin1')],
  ['ascii', () => big.toString('ascii')],
  ['utf8', () => big.toString()],
  ['utf8 with range', () => big.toString('utf8', 0, MAX + 1)],
  ['hex of half', () => big.subarray(0, (MAX >> 1) + 1).toString('hex')],
  ['base64 of three quarters', () => big.subarray(0, Math.ceil((MAX * 3) / 4) + 3).toString('base64')],
  ['utf16le fits', () => big.toString('utf16le').length],
  ['latin1 at the limit', () => big.subarray(0, MAX).toString('latin1').length],
]);
