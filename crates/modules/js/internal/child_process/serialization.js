'use strict';
// How fork()'s IPC messages travel (node's `serialization` option).
//
// 'json' (the default), as node: one JSON text per line.
// 'advanced': a 4-byte big-endian length, then the value as the engine's
// structured clone writes it in its different-process scope (plain bytes,
// no pointers; see cpSerialize). It carries what structured clone carries
// (Map, Set, Date, RegExp, BigInt, typed arrays, errors, shared references
// and cycles); both ends must be spindle, as a node child reads V8's own
// format. Buffers are typed arrays to the engine: so that they arrive as
// Buffers (as in node), the sender notes which Uint8Arrays were Buffers —
// by their order in a walk both ends make alike — and sends
// `[value, indices]`, flagged by the length's top bit.

const binding = require('internal/binding');

const json = {
  init(channel) {
    channel.text = '';
    channel.decoder = undefined;
  },
  *parse(channel, bytes) {
    // (TextDecoder rather than StringDecoder: no Buffer to load in a
    // child that starts fast.)
    if (channel.decoder === undefined) channel.decoder = new TextDecoder();
    const lines = channel.decoder.decode(bytes, { stream: true }).split('\n');
    const complete = lines.length - 1;
    if (complete === 0) {
      channel.text += lines[0];
    } else {
      lines[0] = channel.text + lines[0];
      for (let i = 0; i < complete; i++) yield JSON.parse(lines[i]);
      channel.text = lines[complete];
    }
    channel.buffering = channel.text.length !== 0;
  },
  encode(message) {
    return `${JSON.stringify(message)}\n`;
  },
};

const BUFFERS_FLAG = 0x80;

/**
 * Visits every Uint8Array inside `value` in a fixed order (each object
 * once), calling `found(array, index)`; the order is the same for a value
 * and its structured clone.
 */
function walkUint8Arrays(value, found) {
  const seen = new Set();
  let index = 0;
  const visit = (v) => {
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (ArrayBuffer.isView(v)) {
      if (v instanceof Uint8Array) found(v, index++);
    } else if (v instanceof Map) {
      for (const [key, item] of v) {
        visit(key);
        visit(item);
      }
    } else if (v instanceof Set) {
      for (const item of v) visit(item);
    } else if (Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype) {
      for (const key of Object.keys(v)) visit(v[key]);
    }
  };
  visit(value);
}

function isBuffer(view) {
  const { Buffer } = require('buffer');
  return Buffer.isBuffer(view);
}

/** Joins `chunks` (of `size` bytes in all) into one array. */
function concat(chunks, size) {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

const advanced = {
  init(channel) {
    // Bytes of an incomplete message, kept as the chunks that came (joined
    // once the message is whole, so a large one costs no repeated copies).
    channel.chunks = [];
    channel.size = 0;
  },
  *parse(channel, bytes) {
    channel.chunks.push(bytes);
    channel.size += bytes.length;
    while (channel.size >= 4) {
      let head = channel.chunks[0];
      if (head.length < 4) {
        head = concat(channel.chunks, channel.size);
        channel.chunks = [head];
      }
      const flagged = (head[0] & BUFFERS_FLAG) !== 0;
      const size = (((head[0] & ~BUFFERS_FLAG) << 24) | (head[1] << 16) | (head[2] << 8) | head[3]) >>> 0;
      if (channel.size < 4 + size) break;
      const data = concat(channel.chunks, channel.size);
      const image = data.subarray(4, 4 + size);
      const rest = data.subarray(4 + size);
      channel.chunks = rest.length === 0 ? [] : [rest];
      channel.size = rest.length;
      yield flagged ? restoreBuffers(binding.cpDeserialize(image)) : binding.cpDeserialize(image);
    }
    channel.buffering = channel.size > 0;
  },
  encode(message) {
    let indices = null;
    walkUint8Arrays(message, (view, index) => {
      if (Object.getPrototypeOf(view) !== Uint8Array.prototype && isBuffer(view)) {
        (indices ??= []).push(index);
      }
    });
    try {
      if (indices === null) return binding.cpSerialize(message);
      const framed = binding.cpSerialize([message, indices]);
      framed[0] |= BUFFERS_FLAG;
      return framed;
    } catch (err) {
      // node's V8 serializer throws a plain Error with the same text.
      if (err && err.name === 'DataCloneError') throw new Error(err.message);
      throw err;
    }
  },
};

function restoreBuffers([value, indices]) {
  const { Buffer } = require('buffer');
  const wanted = new Set(indices);
  walkUint8Arrays(value, (view, index) => {
    if (wanted.has(index)) Object.setPrototypeOf(view, Buffer.prototype);
  });
  return value;
}

module.exports = { json, advanced };
