// @ts-check
/**
 * The results object written to `.bench/results/` as JSON: the run's circumstances (machine,
 * commit, options), every tool's runs and medians per project size, the ratios and the targets.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { ratiosAt, scaling, targets } from './figures.mjs';

/** @typedef {import('./figures.mjs').SizeResult} SizeResult */

/**
 * @typedef {object} Results
 * @property {1} schema
 * @property {string} startedAt
 * @property {string} finishedAt
 * @property {{ sha: string, dirty: boolean } | undefined} commit
 * @property {{ node: string, platform: string, arch: string, cpu: string, cpus: number, memoryGB: number }} machine
 * @property {{ sizes: number[], runs: number, tools: string[], modelShare: number, seed: number, quick: boolean, lenient: boolean }} options
 * @property {SizeResult[]} sizes
 * @property {import('./figures.mjs').Ratio[]} ratios
 * @property {Record<string, number | undefined>} scaling   s/file at the largest size over the smallest, per tool
 * @property {import('./figures.mjs').Target[]} targets
 * @property {string[]} problems   sanity failures: the figures of these tools are not valid
 * @property {string[]} warnings   findings that differ from the plants or between front ends
 */

/** @param {string} repoRoot */
export function gitCommit(repoRoot) {
  try {
    const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    const status = execFileSync('git', ['status', '--porcelain'], { cwd: repoRoot, encoding: 'utf8' });
    return { sha, dirty: status.trim().length > 0 };
  } catch {
    return undefined;
  }
}

export function machine() {
  const list = cpus();
  return {
    node: process.version,
    platform: process.platform,
    arch: process.arch,
    cpu: (list[0]?.model ?? 'unknown cpu').replace(/\s+/g, ' ').trim(),
    cpus: list.length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
  };
}

/**
 * @param {object} o
 * @param {string} o.startedAt
 * @param {string} o.repoRoot
 * @param {Results['options']} o.options
 * @param {SizeResult[]} o.sizes
 * @returns {Results}
 */
export function assembleResults({ startedAt, repoRoot, options, sizes }) {
  const sorted = [...sizes].sort((a, b) => a.files - b.files);
  const problems = [];
  const warnings = [];
  for (const size of sorted) {
    for (const t of size.tools) {
      for (const p of t.problems) problems.push(`${t.id} at ${size.files} files: ${p}`);
      if (t.status === 'skipped') problems.push(`${t.id} at ${size.files} files: skipped (${t.reason})`);
      const c = t.plantCheck;
      if (c && t.status !== 'skipped' && t.problems.length === 0) {
        for (const [rule, e] of Object.entries(c.perRule)) {
          if (e.found !== e.planted || e.atPlant !== e.planted) {
            warnings.push(`${t.id} at ${size.files} files: ${rule}: ${e.found} found, ${e.atPlant} of ${e.planted} planted at their line`);
          }
        }
      }
    }
    const a = size.tools.find((t) => t.id === 'analyze');
    const e = size.tools.find((t) => t.id === 'eslint-bindsafe');
    if (a?.findings && e?.findings && a.status === 'ok' && e.status === 'ok') {
      const rules = new Set([...Object.keys(a.findings.byRule), ...Object.keys(e.findings.byRule)].filter((r) => r.startsWith('bindsafe/')));
      for (const r of rules) {
        const x = a.findings.byRule[r] ?? 0;
        const y = e.findings.byRule[r] ?? 0;
        if (x !== y) warnings.push(`front ends disagree at ${size.files} files: ${r}: analyze ${x}, ESLint ${y}`);
      }
    }
  }
  const loads = sorted.flatMap((s) => s.tools.flatMap((t) => t.runs.map((r) => r.load1))).sort((a, b) => a - b);
  const load = loads[loads.length >> 1];
  const cores = machine().cpus;
  // The bench itself keeps about one core busy; more than that is someone else's work.
  if (load !== undefined && load > cores + 0.5) {
    warnings.push(
      `the machine was busy (median 1-minute load ${load.toFixed(1)} on ${cores} CPUs before the runs): wall times are inflated ` +
        'and noisy; trust the CPU columns more, or rerun on an idle machine',
    );
  }
  /** @type {Record<string, number | undefined>} */
  const scalingByTool = {};
  for (const id of options.tools) scalingByTool[id] = scaling(sorted, /** @type {import('../measure/tools.mjs').ToolId} */ (id));
  return {
    schema: 1,
    startedAt,
    finishedAt: new Date().toISOString(),
    commit: gitCommit(repoRoot),
    machine: machine(),
    options,
    sizes: sorted,
    ratios: sorted.flatMap((s) => ratiosAt(s)),
    scaling: scalingByTool,
    targets: targets(sorted),
    problems,
    warnings,
  };
}

/** @param {string} file @param {Results} results */
export function writeResults(file, results) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}
