// @ts-check
/**
 * Measures the tools on one generated project: `runs` rounds, each running every tool once in a
 * fresh process, the order rotated from round to round (so no tool always runs first, on a cold
 * cache, or right after the heaviest one). After each run the tool's exit status and findings are
 * checked; a tool that fails its checks stops being measured (unless `lenient`).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { scratchDir } from '../paths.mjs';
import { checkPlants } from './plant-check.mjs';
import { runMeasured } from './run-measured.mjs';
import { tools } from './tools.mjs';

/** @typedef {import('./tools.mjs').ToolId} ToolId */
/** @typedef {import('./tools.mjs').Findings} Findings */
/** @typedef {import('../generate/index.mjs').Manifest} Manifest */

/**
 * @typedef {object} RunRecord
 * @property {number} round       0-based
 * @property {number} position    0-based place in the round's order
 * @property {number} wallS
 * @property {number | undefined} cpuS
 * @property {number | undefined} userS
 * @property {number | undefined} systemS
 * @property {number | undefined} maxRssMB
 * @property {number | null} exitCode
 * @property {number} load1       the 1-minute load average just before the run (other work on the machine skews figures)
 */

/**
 * @typedef {object} ToolResult
 * @property {ToolId} id
 * @property {string} label
 * @property {'ok' | 'skipped' | 'failed'} status
 * @property {string | undefined} reason      why skipped / failed
 * @property {string[]} problems              sanity failures (also kept when lenient)
 * @property {RunRecord[]} runs
 * @property {{ wallS: number, cpuS: number, maxRssMB: number } | undefined} median
 * @property {{ byRule: Record<string, number>, files: number | undefined, errors: number, details?: Record<string, unknown> } | undefined} findings
 * @property {import('./plant-check.mjs').PlantCheck | undefined} plantCheck
 */

export class BenchAbort extends Error {}

/** @param {readonly number[]} xs */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? /** @type {number} */ (s[mid]) : (/** @type {number} */ (s[mid - 1]) + /** @type {number} */ (s[mid])) / 2;
}

/**
 * @param {object} o
 * @param {Manifest} o.manifest
 * @param {readonly ToolId[]} o.toolIds
 * @param {ReadonlyMap<ToolId, string>} o.unavailable   tools to skip, with the reason
 * @param {number} o.runs
 * @param {number} o.timeoutMs
 * @param {boolean} o.lenient
 * @param {(line: string) => void} o.log
 * @returns {Promise<ToolResult[]>}
 */
export async function measureProject({ manifest, toolIds, unavailable, runs, timeoutMs, lenient, log }) {
  const scratch = join(scratchDir, manifest.name.replace(/^bench-/, ''));
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });

  /** @type {Map<ToolId, ToolResult>} */
  const results = new Map();
  for (const id of toolIds) {
    const reason = unavailable.get(id);
    results.set(id, {
      id,
      label: tools[id].label,
      status: reason ? 'skipped' : 'ok',
      reason,
      problems: [],
      runs: [],
      median: undefined,
      findings: undefined,
      plantCheck: undefined,
    });
    if (reason) log(`  skip ${id}: ${reason}`);
  }
  const active = toolIds.filter((id) => !unavailable.has(id));

  for (let round = 0; round < runs; round++) {
    const order = active.map((_, k) => /** @type {ToolId} */ (active[(k + round) % active.length]));
    for (const [position, id] of order.entries()) {
      const result = /** @type {ToolResult} */ (results.get(id));
      if (result.status !== 'ok') continue;
      const tool = tools[id];
      const base = join(scratch, `${id}-r${round + 1}`);
      const summaryFile = `${base}.summary.json`;
      rmSync(summaryFile, { force: true });
      const load1 = loadavg()[0] ?? 0;
      const m = await runMeasured({
        args: tool.args(manifest, summaryFile),
        cwd: manifest.dir,
        metricsFile: `${base}.metrics.json`,
        timeoutMs,
      });
      writeFileSync(`${base}.log`, `# exit ${m.exitCode} signal ${m.signal}\n# stdout\n${m.stdout}\n# stderr\n${m.stderr}`);
      const outcome = { exitCode: m.exitCode, stdout: m.stdout, stderr: m.stderr, summaryFile };
      const findings = tool.findings(outcome);
      const problems = m.timedOut ? [`timed out after ${timeoutMs / 1000} s`] : tool.problems(manifest, outcome, findings);
      if (m.cpuS === undefined && problems.length === 0) problems.push('the process wrote no metrics (did it die before exit?)');
      result.runs.push({
        round,
        position,
        wallS: m.wallS,
        cpuS: m.cpuS,
        userS: m.userS,
        systemS: m.systemS,
        maxRssMB: m.maxRssMB,
        exitCode: m.exitCode,
        load1,
      });
      if (round === 0) {
        result.findings = { byRule: findings.byRule, files: findings.files, errors: findings.errors.length, details: findings.details };
        if (id === 'analyze' || id === 'eslint-bindsafe' || id === 'eslint') result.plantCheck = checkPlants(manifest, findings, id);
      }
      log(
        `  [${manifest.files} files, round ${round + 1}/${runs}] ${id.padEnd(16)} ${m.wallS.toFixed(2).padStart(7)} s wall ` +
          `${(m.cpuS ?? NaN).toFixed(2).padStart(7)} s cpu ${(m.maxRssMB ?? NaN).toFixed(0).padStart(6)} MB` +
          (problems.length > 0 ? `  ✗ ${problems[0]?.split('\n')[0]}` : ''),
      );
      if (problems.length > 0) {
        for (const p of problems) if (!result.problems.includes(p)) result.problems.push(p);
        if (!lenient) {
          result.status = 'failed';
          result.reason = problems.join('; ');
          for (const p of problems.slice(0, 3)) log(`    ${p.split('\n').join('\n    ')}`);
          log(`    (log: ${base}.log)`);
          if (id === 'tsc') throw new BenchAbort(`tsc failed on the generated project ${manifest.dir}: ${problems[0]}`);
        }
      }
    }
  }

  for (const result of results.values()) {
    const good = result.runs.filter((r) => r.cpuS !== undefined && r.maxRssMB !== undefined);
    if (result.status === 'ok' && good.length > 0) {
      result.median = {
        wallS: median(good.map((r) => r.wallS)),
        cpuS: median(good.map((r) => /** @type {number} */ (r.cpuS))),
        maxRssMB: median(good.map((r) => /** @type {number} */ (r.maxRssMB))),
      };
    }
  }
  return [...results.values()];
}
