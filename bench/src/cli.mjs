#!/usr/bin/env node
// @ts-check
/**
 * `pnpm bench`: builds the workspace, generates synthetic projects, measures tsc, the floor,
 * `bindsafe analyze`, the typed ESLint baseline and ESLint + bindsafe on them, prints the
 * figures, writes them as JSON to `.bench/results/`, and with `--update-docs` rewrites the
 * generated section of docs/performance.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildWorkspace } from './build.mjs';
import { generateProject, projectName } from './generate/index.mjs';
import { defaultPlanOptions } from './generate/plan.mjs';
import { BenchAbort, measureProject } from './measure/harness.mjs';
import { kernelUnavailable, pluginUnavailable, toolIds, tools } from './measure/tools.mjs';
import { genRoot, performanceDoc, repoRoot, resultsDir } from './paths.mjs';
import { updatePerformanceDoc } from './report/performance-doc.mjs';
import { renderMarkdown, renderText } from './report/render.mjs';
import { assembleResults, writeResults } from './report/results.mjs';

/** @typedef {import('./measure/tools.mjs').ToolId} ToolId */

const usage = `pnpm bench [options]            (or: node bench/src/cli.mjs [options])

Measures, on generated projects of each size, in fresh processes, rotating the order each round:
  tsc              tsc --noEmit
  floor            ts.createProgram + getTypeChecker, no queries
  analyze          bindsafe analyze --format json
  eslint           ESLint, typescript-eslint parser + projectService, @typescript-eslint/no-floating-promises
  eslint-bindsafe  the same + bindsafe/recommended

Options:
  --quick                 smoke run: --sizes 200 --runs 1 (flags given explicitly still win)
  --sizes N[,N…]          project sizes in files (default 1000,4000; --files is a synonym)
  --runs N                rounds per size (default 5); medians are reported
  --tools ID[,ID…]        which tools (default all: ${toolIds.join(',')})
  --model-share X         share of files importing @bindsafe/kernel (default ${defaultPlanOptions.modelShare})
  --seed N                generator seed (default ${defaultPlanOptions.seed})
  --no-build              do not run \`pnpm build\` first
  --lenient               measure tools that fail their sanity checks anyway (figures marked)
  --timeout S             kill a tool run after S seconds (default 1800)
  --out FILE              results JSON (default .bench/results/latest.json, plus a dated copy)
  --update-docs           rewrite the generated section of docs/performance.md (not with --quick,
                          nor when a tool was skipped or failed its checks, unless --force)
  --force                 update the docs despite problems
  --generate-only         generate the projects (bench/.gen/<name>/) and stop
  --report FILE           print (and with --update-docs, write to the docs) a saved results JSON
  -h, --help`;

/** @param {string} message */
function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

/** @param {string | undefined} value @param {string} flag */
function numberList(value, flag) {
  if (value === undefined) return undefined;
  const list = value.split(',').map((s) => Number(s.trim()));
  if (list.some((n) => !Number.isInteger(n) || n < 10)) fail(`${flag} wants integers ≥ 10, got "${value}"`);
  return list;
}

/** @param {string | undefined} value @param {string} flag @param {number} min */
function number(value, flag, min) {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min) fail(`${flag} wants a number ≥ ${min}, got "${value}"`);
  return n;
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        quick: { type: 'boolean' },
        sizes: { type: 'string' },
        files: { type: 'string' },
        runs: { type: 'string' },
        tools: { type: 'string' },
        'model-share': { type: 'string' },
        seed: { type: 'string' },
        'no-build': { type: 'boolean' },
        lenient: { type: 'boolean' },
        timeout: { type: 'string' },
        out: { type: 'string' },
        'update-docs': { type: 'boolean' },
        force: { type: 'boolean' },
        'generate-only': { type: 'boolean' },
        report: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    return;
  }
  const v = parsed.values;
  if (v.help) {
    console.log(usage);
    return;
  }

  if (v.report) {
    const results = JSON.parse(readFileSync(v.report, 'utf8'));
    console.log(renderText(results));
    if (v['update-docs']) docs(results, Boolean(v.force));
    return;
  }

  const quick = Boolean(v.quick);
  const sizes = [...new Set(numberList(v.sizes ?? v.files, '--sizes') ?? (quick ? [200] : [1000, 4000]))].sort((a, b) => a - b);
  const runs = number(v.runs, '--runs', 1) ?? (quick ? 1 : 5);
  const modelShare = number(v['model-share'], '--model-share', 0) ?? defaultPlanOptions.modelShare;
  if (modelShare > 1) fail('--model-share is a share between 0 and 1');
  const seed = number(v.seed, '--seed', 0) ?? defaultPlanOptions.seed;
  const timeoutMs = (number(v.timeout, '--timeout', 1) ?? 1800) * 1000;
  const selected = /** @type {ToolId[]} */ (v.tools ? v.tools.split(',').map((s) => s.trim()) : toolIds);
  for (const id of selected) if (!toolIds.includes(id)) fail(`unknown tool "${id}" (tools: ${toolIds.join(', ')})`);
  const lenient = Boolean(v.lenient);
  const startedAt = new Date().toISOString();

  if (!v['no-build'] && !v['generate-only']) {
    console.log('bench: building the workspace (pnpm build)…');
    const built = buildWorkspace(repoRoot);
    if (!built.ok) fail(`the build (${built.how}) failed: fix it, or measure what is already built with --no-build`);
  }
  const noKernel = kernelUnavailable();
  if (noKernel && modelShare > 0 && !v['generate-only']) fail(`${noKernel}; the generated projects import it`);

  /** @type {Map<ToolId, string>} */
  const unavailable = new Map();
  if (!v['generate-only']) {
    for (const id of selected) {
      const reason = id === 'eslint-bindsafe' ? await pluginUnavailable() : tools[id].unavailable();
      if (reason) unavailable.set(id, reason);
    }
  }

  /** @type {import('./report/figures.mjs').SizeResult[]} */
  const sizeResults = [];
  for (const files of sizes) {
    const dir = join(genRoot, projectName({ files, modelShare, seed }));
    const manifest = generateProject({ files, modelShare, seed }, dir);
    const planted = Object.entries(manifest.expected)
      .map(([rule, n]) => `${rule.replace(/^bindsafe\//, '')} ${n}`)
      .join(', ');
    console.log(
      `bench: generated ${dir} in ${manifest.generateMs} ms: ${manifest.files} files, ${manifest.modelFiles} using the model, ` +
        `${manifest.lines} lines; planted: ${planted}`,
    );
    if (v['generate-only']) continue;
    let toolResults;
    try {
      toolResults = await measureProject({ manifest, toolIds: selected, unavailable, runs, timeoutMs, lenient, log: console.log });
    } catch (error) {
      if (error instanceof BenchAbort) fail(error.message);
      throw error;
    }
    const { plants: _plants, options: _options, tsconfig: _tsconfig, ...project } = manifest;
    sizeResults.push({ files, project, tools: toolResults });
  }
  if (v['generate-only']) return;

  const results = assembleResults({
    startedAt,
    repoRoot,
    options: { sizes, runs, tools: selected, modelShare, seed, quick, lenient },
    sizes: sizeResults,
  });
  const out = v.out ?? join(resultsDir, 'latest.json');
  writeResults(out, results);
  if (!v.out) writeResults(join(resultsDir, `${startedAt.replace(/[:.]/g, '-')}${quick ? '-quick' : ''}.json`), results);
  console.log(`\n${renderText(results)}\n\nbench: results written to ${out}`);
  if (v['update-docs']) {
    if (quick && !v.force) console.log('bench: not updating docs/performance.md with quick-mode figures (use a full run, or --force)');
    else docs(results, Boolean(v.force));
  }
  if (results.problems.length > 0) process.exitCode = 1;
}

/** @param {import('./report/results.mjs').Results} results @param {boolean} force */
function docs(results, force) {
  if (results.problems.length > 0 && !force) {
    console.log('bench: not updating docs/performance.md: some tools were skipped or failed their checks (see PROBLEMS; --force overrides)');
    process.exitCode = 1;
    return;
  }
  updatePerformanceDoc(performanceDoc, renderMarkdown(results));
  console.log(`bench: updated ${performanceDoc}`);
}

await main();
