// @ts-check
/**
 * The figures derived from the medians: per-file seconds, the ratios the issue asks for, and the
 * targets with their pass/fail verdicts.
 */

/** @typedef {import('../measure/harness.mjs').ToolResult} ToolResult */
/** @typedef {import('../measure/tools.mjs').ToolId} ToolId */

/**
 * @typedef {object} SizeResult
 * @property {number} files
 * @property {{ name: string, files: number, modelFiles: number, lines: number, kinds: Record<string, number>, expected: Record<string, number>, generateMs: number, dir: string }} project
 * @property {ToolResult[]} tools
 */

/**
 * @typedef {object} Ratio
 * @property {string} id
 * @property {string} label
 * @property {number} files
 * @property {number | undefined} value
 */

/**
 * @typedef {object} Target
 * @property {string} id
 * @property {string} label
 * @property {string} where      at which size(s) it is judged
 * @property {number} limit      pass when value ≤ limit
 * @property {number | undefined} value
 * @property {'pass' | 'fail' | 'n/a'} verdict
 */

/** @param {SizeResult} size @param {ToolId} id */
function medianOf(size, id) {
  const t = size.tools.find((x) => x.id === id);
  return t?.status === 'ok' ? t.median : undefined;
}

/** @param {number | undefined} a @param {number | undefined} b */
function ratio(a, b) {
  return a === undefined || b === undefined || b === 0 ? undefined : a / b;
}

/** Seconds of wall time per file. @param {SizeResult} size @param {ToolId} id */
export function secondsPerFile(size, id) {
  const m = medianOf(size, id);
  return m ? m.wallS / size.files : undefined;
}

/** @param {SizeResult} size @returns {Ratio[]} */
export function ratiosAt(size) {
  const tsc = medianOf(size, 'tsc');
  const floor = medianOf(size, 'floor');
  const analyze = medianOf(size, 'analyze');
  const eslint = medianOf(size, 'eslint');
  const eslintB = medianOf(size, 'eslint-bindsafe');
  const files = size.files;
  return [
    { id: 'analyze/tsc wall', label: 'analyze / tsc (wall)', files, value: ratio(analyze?.wallS, tsc?.wallS) },
    { id: 'analyze/tsc cpu', label: 'analyze / tsc (CPU)', files, value: ratio(analyze?.cpuS, tsc?.cpuS) },
    { id: 'analyze/floor wall', label: 'analyze / floor (wall)', files, value: ratio(analyze?.wallS, floor?.wallS) },
    { id: 'analyze/floor cpu', label: 'analyze / floor (CPU)', files, value: ratio(analyze?.cpuS, floor?.cpuS) },
    { id: 'floor/tsc wall', label: 'floor / tsc (wall)', files, value: ratio(floor?.wallS, tsc?.wallS) },
    { id: 'analyze/tsc rss', label: 'analyze / tsc (peak RSS)', files, value: ratio(analyze?.maxRssMB, tsc?.maxRssMB) },
    { id: 'eslint+bindsafe/eslint wall', label: '(ESLint + bindsafe) / ESLint (wall)', files, value: ratio(eslintB?.wallS, eslint?.wallS) },
    { id: 'eslint+bindsafe/eslint cpu', label: '(ESLint + bindsafe) / ESLint (CPU)', files, value: ratio(eslintB?.cpuS, eslint?.cpuS) },
    { id: 'eslint+bindsafe/eslint rss', label: '(ESLint + bindsafe) / ESLint (peak RSS)', files, value: ratio(eslintB?.maxRssMB, eslint?.maxRssMB) },
    { id: 'eslint/tsc wall', label: 'ESLint baseline / tsc (wall)', files, value: ratio(eslint?.wallS, tsc?.wallS) },
  ];
}

/**
 * Seconds per file at the largest size over the smallest: 1.0 is linear scaling.
 * @param {readonly SizeResult[]} sizes @param {ToolId} id
 */
export function scaling(sizes, id) {
  if (sizes.length < 2) return undefined;
  const sorted = [...sizes].sort((a, b) => a.files - b.files);
  const small = /** @type {SizeResult} */ (sorted[0]);
  const large = /** @type {SizeResult} */ (sorted[sorted.length - 1]);
  return ratio(secondsPerFile(large, id), secondsPerFile(small, id));
}

/** @param {readonly SizeResult[]} sizes @returns {Target[]} */
export function targets(sizes) {
  const sorted = [...sizes].sort((a, b) => a.files - b.files);
  const large = sorted[sorted.length - 1];
  const small = sorted[0];
  const at = large ? ratiosAt(large) : [];
  /** @param {string} id */
  const r = (id) => at.find((x) => x.id === id)?.value;
  /** @param {number} n */
  const count = (n) => n.toLocaleString('en-US');
  const where = large ? `${count(large.files)} files` : '';
  const span = small && large && small !== large ? `${count(large.files)} vs ${count(small.files)} files` : 'needs two sizes';
  /** @type {Omit<Target, 'verdict'>[]} */
  const list = [
    { id: 'analyze-vs-tsc', label: 'bindsafe analyze ≤ 0.35 × tsc --noEmit (wall)', where, limit: 0.35, value: r('analyze/tsc wall') },
    { id: 'analyze-vs-floor', label: 'bindsafe analyze ≤ 1.5 × floor (wall)', where, limit: 1.5, value: r('analyze/floor wall') },
    {
      id: 'eslint-time',
      label: 'ESLint + bindsafe ≤ 1.10 × ESLint baseline (wall)',
      where,
      limit: 1.1,
      value: r('eslint+bindsafe/eslint wall'),
    },
    {
      id: 'eslint-rss',
      label: 'ESLint + bindsafe ≤ 1.10 × ESLint baseline (peak RSS)',
      where,
      limit: 1.1,
      value: r('eslint+bindsafe/eslint rss'),
    },
    { id: 'analyze-scaling', label: 'analyze s/file within 15% (large / small ≤ 1.15)', where: span, limit: 1.15, value: scaling(sizes, 'analyze') },
    {
      id: 'eslint-scaling',
      label: 'ESLint + bindsafe s/file within 15% (large / small ≤ 1.15)',
      where: span,
      limit: 1.15,
      value: scaling(sizes, 'eslint-bindsafe'),
    },
    { id: 'analyze-rss', label: 'analyze peak RSS ≤ tsc peak RSS', where, limit: 1.0, value: r('analyze/tsc rss') },
  ];
  return list.map((t) => ({ ...t, verdict: t.value === undefined ? 'n/a' : t.value <= t.limit ? 'pass' : 'fail' }));
}
