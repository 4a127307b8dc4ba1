// @ts-check
/**
 * The measured tools: how each is run (always `node --import metrics-preload.mjs …`, the tool
 * in-process), whether it is available (built), what findings it produced, and the sanity
 * checks that keep a broken tool from looking fast.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { eslintBaselineConfigName, eslintBindsafeConfigName } from '../generate/project-files.mjs';
import { floatingRule } from '../generate/index.mjs';
import { benchDir } from '../paths.mjs';

/** @typedef {import('../generate/index.mjs').Manifest} Manifest */
/** @typedef {'tsc' | 'floor' | 'analyze' | 'eslint' | 'eslint-bindsafe'} ToolId */

/**
 * @typedef {object} Findings
 * @property {Record<string, number>} byRule   rule id (bindsafe rules as `bindsafe/<id>`) → count
 * @property {{ file: string, line: number, ruleId: string }[]} locations
 * @property {number | undefined} files        files the tool reports it looked at
 * @property {string[]} errors                 tool errors (tsc diagnostics, parse errors)
 * @property {Record<string, unknown>} [details] what else the tool said about its run (analyzer stats)
 */

/**
 * @typedef {object} Outcome
 * @property {number | null} exitCode
 * @property {string} stdout
 * @property {string} stderr
 * @property {string} summaryFile
 */

/**
 * @typedef {object} Tool
 * @property {ToolId} id
 * @property {string} label
 * @property {() => string | undefined} unavailable        why it cannot run, or undefined
 * @property {(manifest: Manifest, summaryFile: string) => string[]} args  node arguments after the preload
 * @property {(outcome: Outcome) => Findings} findings
 * @property {(manifest: Manifest, outcome: Outcome, findings: Findings) => string[]} problems  sanity failures
 */

/** Where a dependency of the bench package really lives. @param {string} name */
export function packageDir(name) {
  return realpathSync(join(benchDir, 'node_modules', name));
}

/** @param {string} path */
function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** @param {Findings} f @param {(rule: string) => boolean} keep */
function total(f, keep) {
  return Object.entries(f.byRule).reduce((sum, [rule, n]) => (keep(rule) ? sum + n : sum), 0);
}

/** @param {string} rule */
const isBindsafe = (rule) => rule.startsWith('bindsafe/');

/** @param {Outcome} outcome @param {readonly number[]} ok */
function exitProblems(outcome, ok) {
  if (outcome.exitCode !== null && ok.includes(outcome.exitCode)) return [];
  const tail = (outcome.stderr.trim() || outcome.stdout.trim()).split('\n').slice(-8).join('\n');
  return [`exited with ${outcome.exitCode ?? 'a signal'} (expected ${ok.join(' or ')})${tail ? `:\n${tail}` : ''}`];
}

/** The ESLint runs' shared checks. @param {Manifest} manifest @param {Findings} f */
function eslintProblems(manifest, f) {
  const problems = [];
  if (f.errors.length > 0) problems.push(`${f.errors.length} fatal parse errors, first: ${f.errors[0]}`);
  if (f.files !== manifest.files) problems.push(`linted ${f.files} files, the project has ${manifest.files}`);
  const floating = f.byRule[floatingRule] ?? 0;
  const expected = manifest.expected[floatingRule] ?? 0;
  if (floating !== expected) {
    problems.push(`${floatingRule}: ${floating} findings, ${expected} planted (is type information reaching the rule?)`);
  }
  return problems;
}

/** @param {Manifest} manifest @param {Findings} f @param {string} who */
function bindsafeProblems(manifest, f, who) {
  const planted = total({ byRule: manifest.expected, locations: [], files: 0, errors: [] }, isBindsafe);
  const found = total(f, isBindsafe);
  if (planted > 0 && found === 0) {
    return [`${who} reported no bindsafe findings, but ${planted} problems are planted: the engine or the front end is not working`];
  }
  return [];
}

/** @param {ToolId} id @param {string} summaryFile */
function eslintArgs(id, summaryFile) {
  return /** @param {Manifest} manifest */ (manifest) => [
    join(benchDir, 'src/measure/eslint-runner.mjs'),
    manifest.dir,
    join(manifest.dir, id === 'eslint' ? eslintBaselineConfigName : eslintBindsafeConfigName),
    summaryFile,
  ];
}

/** @param {Outcome} outcome @returns {Findings} */
function eslintFindings(outcome) {
  if (!existsSync(outcome.summaryFile)) return { byRule: {}, locations: [], files: undefined, errors: ['no summary written'] };
  const s = readJson(outcome.summaryFile);
  return { byRule: s.byRule, locations: s.locations, files: s.files, errors: s.fatal };
}

/** @type {Record<ToolId, Tool>} */
export const tools = {
  tsc: {
    id: 'tsc',
    label: 'tsc --noEmit',
    unavailable: () => undefined,
    args: (manifest) => [join(packageDir('typescript'), 'lib/tsc.js'), '--noEmit', '-p', manifest.tsconfig],
    findings(outcome) {
      const errors = outcome.stdout.split('\n').filter((l) => /error TS\d+/.test(l));
      return { byRule: {}, locations: [], files: undefined, errors };
    },
    problems(_manifest, outcome, f) {
      const problems = exitProblems(outcome, [0]);
      if (f.errors.length > 0) problems.push(`the generated project does not type-check (${f.errors.length} errors), first: ${f.errors[0]}`);
      return problems;
    },
  },
  floor: {
    id: 'floor',
    label: 'floor: createProgram + getTypeChecker',
    unavailable: () => undefined,
    args: (manifest, summaryFile) => [join(benchDir, 'src/measure/floor.mjs'), manifest.tsconfig, summaryFile],
    findings(outcome) {
      const s = existsSync(outcome.summaryFile) ? readJson(outcome.summaryFile) : undefined;
      return { byRule: {}, locations: [], files: s?.rootFiles, errors: s ? [] : ['no summary written'] };
    },
    problems(manifest, outcome, f) {
      const problems = exitProblems(outcome, [0]);
      if (f.files !== manifest.files) problems.push(`program has ${f.files} root files, the project has ${manifest.files}`);
      return problems;
    },
  },
  analyze: {
    id: 'analyze',
    label: 'bindsafe analyze',
    unavailable() {
      let dir;
      try {
        dir = packageDir('@bindsafe/analyzer');
      } catch {
        return '@bindsafe/analyzer is not installed in bench/ (run pnpm install)';
      }
      if (!existsSync(join(dir, 'bin/bindsafe.js'))) return 'packages/analyzer/bin/bindsafe.js does not exist yet';
      if (!existsSync(join(dir, 'dist/cli.js'))) return 'packages/analyzer is not built (no dist/cli.js): run pnpm build';
      return undefined;
    },
    args: (manifest, summaryFile) => [
      join(packageDir('@bindsafe/analyzer'), 'bin/bindsafe.js'),
      'analyze',
      '--project',
      manifest.tsconfig,
      '--format',
      'json',
      '--output',
      summaryFile,
      '--no-progress',
    ],
    findings(outcome) {
      if (!existsSync(outcome.summaryFile)) return { byRule: {}, locations: [], files: undefined, errors: ['no JSON report written'] };
      /** @type {{ findings?: { ruleId: string, file: string, line: number }[], stats?: { filesSelected?: number, filesAnalyzed?: number, filesReachingModel?: number, filesSkipped?: number, diagnostics?: { file: string, line?: number, message: string }[] } }} */
      let report;
      try {
        report = readJson(outcome.summaryFile);
      } catch (error) {
        return { byRule: {}, locations: [], files: undefined, errors: [`the JSON report does not parse: ${String(error)}`] };
      }
      /** @type {Record<string, number>} */
      const byRule = {};
      const locations = [];
      for (const finding of report.findings ?? []) {
        const ruleId = finding.ruleId.startsWith('bindsafe/') ? finding.ruleId : `bindsafe/${finding.ruleId}`;
        byRule[ruleId] = (byRule[ruleId] ?? 0) + 1;
        locations.push({ file: finding.file, line: finding.line, ruleId });
      }
      const stats = report.stats ?? {};
      const diagnostics = stats.diagnostics ?? [];
      return {
        byRule,
        locations,
        files: stats.filesAnalyzed,
        errors: [],
        details: {
          filesSelected: stats.filesSelected,
          filesReachingModel: stats.filesReachingModel,
          filesSkipped: stats.filesSkipped,
          diagnostics: diagnostics.length,
          firstDiagnostics: diagnostics.slice(0, 5).map((d) => `${d.file}${d.line ? `:${d.line}` : ''}: ${d.message}`),
        },
      };
    },
    problems(manifest, outcome, f) {
      const problems = exitProblems(outcome, [0, 1]);
      problems.push(...f.errors);
      if (f.files !== undefined && f.files !== manifest.files) problems.push(`analyzed ${f.files} files, the project has ${manifest.files}`);
      if (problems.length === 0) problems.push(...bindsafeProblems(manifest, f, 'bindsafe analyze'));
      return problems;
    },
  },
  eslint: {
    id: 'eslint',
    label: 'ESLint typed baseline',
    unavailable: () => undefined,
    args: (manifest, summaryFile) => eslintArgs('eslint', summaryFile)(manifest),
    findings: eslintFindings,
    problems(manifest, outcome, f) {
      const problems = [...exitProblems(outcome, [0]), ...eslintProblems(manifest, f)];
      const others = Object.keys(f.byRule).filter((r) => r !== floatingRule);
      if (others.length > 0) problems.push(`unexpected rules in the baseline: ${others.join(', ')}`);
      return problems;
    },
  },
  'eslint-bindsafe': {
    id: 'eslint-bindsafe',
    label: 'ESLint + bindsafe/recommended',
    unavailable() {
      let dir;
      try {
        dir = packageDir('eslint-plugin-bindsafe');
      } catch {
        return 'eslint-plugin-bindsafe is not installed in bench/ (run pnpm install)';
      }
      if (!existsSync(join(dir, 'dist/index.js'))) return 'packages/eslint-plugin is not built (no dist/index.js): run pnpm build';
      return undefined;
    },
    args: (manifest, summaryFile) => eslintArgs('eslint-bindsafe', summaryFile)(manifest),
    findings: eslintFindings,
    problems(manifest, outcome, f) {
      const problems = [...exitProblems(outcome, [0]), ...eslintProblems(manifest, f)];
      if (problems.length === 0) problems.push(...bindsafeProblems(manifest, f, 'ESLint + bindsafe'));
      return problems;
    },
  },
};

export const toolIds = /** @type {ToolId[]} */ (Object.keys(tools));

/**
 * Deeper availability check for the plugin: its module loads and has `configs.recommended`.
 * @returns {Promise<string | undefined>}
 */
export async function pluginUnavailable() {
  const reason = tools['eslint-bindsafe'].unavailable();
  if (reason) return reason;
  try {
    const mod = await import(pathToFileURL(join(packageDir('eslint-plugin-bindsafe'), 'dist/index.js')).href);
    const plugin = mod.default ?? mod;
    if (!plugin?.configs?.recommended) return 'eslint-plugin-bindsafe has no configs.recommended yet';
  } catch (error) {
    return `eslint-plugin-bindsafe does not load: ${error instanceof Error ? error.message : String(error)}`;
  }
  return undefined;
}

/** The kernel's built declarations, which the generated projects resolve `@bindsafe/kernel` to. */
export function kernelUnavailable() {
  let dir;
  try {
    dir = packageDir('@bindsafe/kernel');
  } catch {
    return '@bindsafe/kernel is not installed in bench/ (run pnpm install)';
  }
  if (!existsSync(join(dir, 'dist/index.d.ts'))) return 'packages/kernel is not built (no dist/index.d.ts): run pnpm build';
  return undefined;
}
