// @ts-check
/**
 * Renders a results object as aligned text (stdout) or Markdown (docs/performance.md): the tools'
 * medians, the ratios, the targets with verdicts, and the findings against the planted problems.
 */
import { ratiosAt, secondsPerFile } from './figures.mjs';

/** @typedef {import('./figures.mjs').SizeResult} SizeResult */
/** @typedef {import('./results.mjs').Results} Results */

/**
 * @param {'text' | 'md'} format
 * @param {readonly string[]} headers
 * @param {readonly (readonly string[])[]} rows
 * @param {string} align   one letter per column: l or r
 */
export function table(format, headers, rows, align) {
  if (format === 'md') {
    const sep = [...align].map((a) => (a === 'r' ? '---:' : '---'));
    return [headers, sep, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
  }
  const widths = headers.map((h, k) => Math.max(h.length, ...rows.map((r) => (r[k] ?? '').length)));
  /** @param {readonly string[]} r */
  const line = (r) =>
    r.map((cell, k) => (align[k] === 'r' ? cell.padStart(widths[k] ?? 0) : cell.padEnd(widths[k] ?? 0))).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** @param {number | undefined} x @param {number} digits */
const fmt = (x, digits) => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(digits));
/** @param {number} n */
const count = (n) => n.toLocaleString('en-US');

/** @param {SizeResult} size */
export function describeProject(size) {
  const p = size.project;
  const kinds = Object.entries(p.kinds)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  return `${count(p.files)} files (${count(p.modelFiles)} using the model), ${count(p.lines)} lines; kinds: ${kinds}`;
}

/** @param {'text' | 'md'} format @param {readonly SizeResult[]} sizes */
export function toolsTable(format, sizes) {
  const rows = [];
  for (const size of sizes) {
    for (const t of size.tools) {
      const m = t.median;
      const status = t.status === 'ok' ? (t.problems.length > 0 ? ' (checks failed, lenient)' : '') : ` (${t.status})`;
      rows.push([
        count(size.files),
        `${t.label}${status}`,
        fmt(m?.wallS, 2),
        fmt(m?.cpuS, 2),
        fmt(m?.maxRssMB, 0),
        fmt(m ? (secondsPerFile(size, t.id) ?? NaN) * 1000 : undefined, 2),
        String(t.runs.length),
      ]);
    }
  }
  return table(format, ['files', 'tool', 'wall s', 'CPU s', 'peak RSS MB', 'ms / file', 'runs'], rows, 'rlrrrrr');
}

/** @param {'text' | 'md'} format @param {readonly SizeResult[]} sizes */
export function ratiosTable(format, sizes) {
  const per = sizes.map((s) => ratiosAt(s));
  const first = per[0] ?? [];
  const rows = first.map((r, k) => [r.label, ...per.map((list) => fmt(list[k]?.value, 3))]);
  return table(format, ['ratio', ...sizes.map((s) => `${count(s.files)} files`)], rows, `l${'r'.repeat(sizes.length)}`);
}

/** @param {'text' | 'md'} format @param {Results} results */
export function targetsTable(format, results) {
  const mark = { pass: format === 'md' ? '✅ pass' : 'pass', fail: format === 'md' ? '❌ fail' : 'FAIL', 'n/a': 'n/a' };
  const rows = results.targets.map((t) => [t.label, t.where, fmt(t.value, 3), mark[t.verdict]]);
  return table(format, ['target', 'judged at', 'measured', 'verdict'], rows, 'llrl');
}

/**
 * Findings per rule against the planted problems, for the tools that report rules.
 * @param {'text' | 'md'} format @param {SizeResult} size
 */
export function findingsTable(format, size) {
  const reporting = size.tools.filter((t) => t.plantCheck && t.status !== 'skipped');
  const rules = new Set(Object.keys(size.project.expected));
  for (const t of reporting) for (const r of Object.keys(t.plantCheck?.perRule ?? {})) rules.add(r);
  const rows = [...rules].sort().map((rule) => [
    rule,
    String(size.project.expected[rule] ?? 0),
    ...reporting.map((t) => {
      const e = t.plantCheck?.perRule[rule];
      return e ? `${e.found} (${e.atPlant} at plant)` : '–';
    }),
  ]);
  return table(format, ['rule', 'planted', ...reporting.map((t) => t.label)], rows, `lr${'r'.repeat(reporting.length)}`);
}

/** The load average before the runs: other work on the machine makes figures noisy. @param {Results} results */
export function describeLoad(results) {
  const loads = results.sizes.flatMap((s) => s.tools.flatMap((t) => t.runs.map((r) => r.load1))).filter((x) => typeof x === 'number');
  if (loads.length === 0) return '';
  const sorted = [...loads].sort((a, b) => a - b);
  const mid = sorted[sorted.length >> 1] ?? 0;
  const max = sorted[sorted.length - 1] ?? 0;
  return `1-min load average before runs: median ${mid.toFixed(2)}, max ${max.toFixed(2)} on ${results.machine.cpus} CPUs`;
}

/** @param {Results} results */
export function describeRun(results) {
  const m = results.machine;
  const o = results.options;
  const commit = results.commit ? `commit ${results.commit.sha.slice(0, 10)}${results.commit.dirty ? ' (dirty tree)' : ''}` : 'no commit';
  return (
    `${results.finishedAt.slice(0, 16).replace('T', ' ')} UTC, ${commit}; Node ${m.node}, ${m.platform} ${m.arch}, ` +
    `${m.cpus} × ${m.cpu}, ${m.memoryGB} GB; ${o.runs} run${o.runs === 1 ? '' : 's'} per tool (order rotated), medians; ` +
    `model share ${Math.round(o.modelShare * 100)}%, seed ${o.seed}${o.quick ? '; QUICK MODE' : ''}`
  );
}

/** The whole report as text for stdout. @param {Results} results */
export function renderText(results) {
  const out = [`bindsafe bench — ${describeRun(results)}`, describeLoad(results), ''];
  for (const size of results.sizes) out.push(`project: ${describeProject(size)}`);
  out.push('', toolsTable('text', results.sizes), '', ratiosTable('text', results.sizes), '', targetsTable('text', results), '');
  for (const size of results.sizes) {
    out.push(`findings at ${count(size.files)} files (found, and how many at a planted line):`, findingsTable('text', size));
    for (const t of size.tools) {
      const d = t.findings?.details;
      if (d && t.status !== 'skipped') {
        out.push(
          `  ${t.id}: ${t.findings?.files ?? '?'} files analyzed, ${d.filesReachingModel ?? '?'} reaching the model ` +
            `(${size.project.modelFiles} import it), ${d.filesSkipped ?? '?'} skipped, ${d.diagnostics ?? '?'} diagnostics`,
        );
        for (const line of /** @type {string[]} */ (d.firstDiagnostics ?? [])) out.push(`    ${line}`);
      }
      const c = t.plantCheck;
      if (!c || t.status === 'skipped') continue;
      if (c.missed.length > 0) out.push(`  ${t.id}: ${c.missed.length} planted not reported, e.g. ${c.missed.slice(0, 3).map((p) => `${p.file}:${p.line} (${p.plant})`).join(', ')}`);
      if (c.unexpected.length > 0) out.push(`  ${t.id}: ${c.unexpected.length} at no planted line, e.g. ${c.unexpected.slice(0, 3).map((p) => `${p.file}:${p.line} ${p.ruleId}`).join(', ')}`);
    }
    out.push('');
  }
  if (results.problems.length > 0) out.push('PROBLEMS:', ...results.problems.map((p) => `  - ${p.split('\n').join('\n    ')}`));
  if (results.warnings.length > 0) out.push('warnings:', ...results.warnings.map((p) => `  - ${p}`));
  return out.join('\n');
}

/** The generated section of docs/performance.md. @param {Results} results */
export function renderMarkdown(results) {
  const out = [
    `_Last run: ${describeRun(results)}; ${describeLoad(results)}._`,
    '',
    ...results.sizes.map((s) => `- ${describeProject(s)}`),
    '',
    '#### Tools (medians)',
    '',
    toolsTable('md', results.sizes),
    '',
    '#### Ratios',
    '',
    ratiosTable('md', results.sizes),
    '',
    '#### Targets',
    '',
    targetsTable('md', results),
    '',
  ];
  const largest = results.sizes[results.sizes.length - 1];
  if (largest) {
    out.push(`#### Findings at ${count(largest.files)} files (sanity check)`, '', findingsTable('md', largest), '');
  }
  return out.join('\n');
}
