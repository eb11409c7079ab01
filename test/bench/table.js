'use strict';
/** Summary statistics and a plain Markdown table for the console. */

function summarise(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  const median = sorted.length % 2
    ? sorted[(sorted.length - 1) / 2]
    : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  return { n: sorted.length, min: sorted[0], median, p95: at(0.95), max: sorted[sorted.length - 1] };
}

/** rows: arrays of cells; the first row is the header. Numbers are right-aligned, with one decimal unless integers. */
function markdownTable(rows, decimals = []) {
  const text = rows.map((row) =>
    row.map((cell, i) => (typeof cell === 'number' && decimals[i] !== undefined ? cell.toFixed(decimals[i]) : String(cell))));
  const widths = text[0].map((_, i) => Math.max(...text.map((row) => row[i].length)));
  const numeric = text[0].map((_, i) => rows.slice(1).every((row) => typeof row[i] === 'number'));
  const line = (row) => `| ${row.map((cell, i) => (numeric[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (numeric[i] ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(text[0]), rule, ...text.slice(1).map(line)].join('\n');
}

const ms = (value) => Number(value.toFixed(1));

module.exports = { summarise, markdownTable, ms };
