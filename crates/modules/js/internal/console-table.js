'use strict';
// console.table's box drawing, as node 20 renders it (cells centred).

function pad(text, width) {
  return ` ${text}${' '.repeat(Math.max(0, width - text.length - 1))}`;
}

function renderRows(head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] || '').length)) + 2);
  const line = (l, m, r) => l + widths.map((w) => '─'.repeat(w)).join(m) + r;
  const row = (cells) => '│' + widths.map((w, i) => pad(cells[i] || '', w)).join('│') + '│';
  return [line('┌', '┬', '┐'), row(head), line('├', '┼', '┤'), ...rows.map(row), line('└', '┴', '┘')].join('\n');
}

function renderTable(data, properties, inspect) {
  const fmt = (v) => inspect(v, { depth: 1, breakLength: Infinity, compact: true });
  const isMap = data instanceof Map;
  const entries = isMap ? [...data.entries()] : data instanceof Set ? [...data].map((v, i) => [i, v]) : Object.entries(data);
  const keys = [];
  let hasValues = false;
  const rows = entries.map(([k, v]) => ({ index: isMap ? fmt(k) : String(k), value: v }));
  for (const { value } of rows) {
    if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) if (!keys.includes(key)) keys.push(key);
    } else {
      hasValues = true;
    }
  }
  const columns = properties ? properties.slice() : keys;
  const head = [isMap ? '(iteration index)' : '(index)'];
  if (isMap) head.push('Key');
  head.push(...columns);
  if (hasValues) head.push('Values');
  const body = rows.map(({ index, value }, i) => {
    const cells = isMap ? [String(i), index] : [index];
    const isObj = value !== null && typeof value === 'object';
    for (const c of columns) cells.push(isObj && Object.prototype.hasOwnProperty.call(value, c) ? fmt(value[c]) : '');
    if (hasValues) cells.push(isObj ? '' : fmt(value));
    return cells;
  });
  return renderRows(head, body);
}

module.exports = { renderTable };
