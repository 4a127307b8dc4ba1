import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getEngine, type SourceSpan } from '@bindsafe/core';
import plugin from 'eslint-plugin-bindsafe';
import { main } from '../src/cli.js';
import { missingBuild, runBuiltAnalyzer, runBuiltEslint, type EslintFileResult } from './fuzz/child-front-ends.js';
import { createRng, hashSeed, mutate, type Mutant } from './fuzz/mutate.js';
import { findParserHangs } from './fuzz/parser-hangs.js';
import { Watchdog } from './fuzz/watchdog.js';

// Robustness at scale: mutants of the fixture drivers (tokens dropped or duplicated, files
// truncated, identifiers swapped, lines deleted or duplicated, brackets and keywords inserted,
// sometimes an expression nested 300 deep, rarely a NUL or an invalid UTF-8 byte) are written into
// one temporary project inside the workspace, each beside unmutated copies of its sibling modules,
// and run through the engine, `bindsafe analyze` and ESLint. None may throw or hang; the CLI exits
// as documented (docs/cli.md) and every reported location lies inside its file.
//
// Cross-module analysis: the mutants import their unmutated siblings, and for about half of the
// mutants an "importer variant" (`<sibling>.i<n>.ts`, an unmutated sibling that imports mutant n
// instead of the original module) makes the engine summarise mutated code for a valid caller.
//
// Mutants on which TypeScript's own parser hangs (microsoft/TypeScript#63580) cannot be given to
// anything in-process: they are found first in a worker thread, kept out of the shared project, and
// checked against the built front ends in child processes with a time limit (see
// fuzz-regressions.test.ts).
//
//   BINDSAFE_FUZZ_MUTANTS  how many mutants (default 2000; `pnpm fuzz` runs 10000)
//   BINDSAFE_FUZZ_SEED     the seed (default below); a failure prints it, with the mutant's index
//   BINDSAFE_FUZZ_KEEP=1   keep the temporary project for inspection

const mutantCount = positiveInt(process.env['BINDSAFE_FUZZ_MUTANTS'], 2000);
const seed = process.env['BINDSAFE_FUZZ_SEED'] || 'bindsafe-fuzz-1';
const keep = process.env['BINDSAFE_FUZZ_KEEP'] === '1';
const reproduce = `BINDSAFE_FUZZ_SEED=${seed} BINDSAFE_FUZZ_MUTANTS=${mutantCount} vitest run packages/analyzer/tests/fuzz.test.ts`;

/** An engine call on one file slower than this is a failure (a hang, caught precisely). */
const perFileLimitMs = 5_000;
/** A step still running after this is an infinite loop: the watchdog kills the process. */
const hangLimitMs = 60_000;
/** Time budgets grow with the number of mutants (the default 2,000 take about 30 s in all, on 2 cores). */
const scale = Math.max(1, mutantCount / 2000);

/** TypeScript's parser on one mutant, in the worker. */
const parseLimitMs = 5_000;
/** A front end in a child process over the mutants that hang TypeScript's parser. */
const childLimitMs = 60_000;

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
const fixturesDir = path.join(repoRoot, 'fixtures');
const sourceGroups = ['drivers', 'bad', 'shared'] as const;
// Inside the workspace so `@bindsafe/kernel` resolves; a dot-directory, ignored by git
// (tests/fixtures/.gitignore) and by project discovery; packages/analyzer/tsconfig.json excludes it.
const dir = path.join(here, 'fixtures', `.fuzz-${process.pid}`);
/** The mutants that hang TypeScript's parser, in a project of their own. */
const parserHangDir = path.join(here, 'fixtures', `.fuzz-${process.pid}-parser-hangs`);

const tsconfig = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2023', 'ESNext.Disposable'],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    customConditions: ['@bindsafe/source'],
    types: ['node'],
    strict: true,
    noUncheckedIndexedAccess: true,
    noImplicitOverride: true,
    noImplicitReturns: true,
    noFallthroughCasesInSwitch: true,
    useUnknownInCatchVariables: true,
    verbatimModuleSyntax: true,
    skipLibCheck: true,
    noEmit: true,
  },
  include: ['**/*.ts'],
};

interface WrittenMutant extends Mutant {
  readonly index: number;
  /** The fixture it was made from, relative to fixtures/. */
  readonly source: string;
  /** Absolute path of the mutant. */
  readonly file: string;
}

/** An unmutated sibling of a mutant's source that imports the mutant instead of the original. */
interface ImporterVariant {
  readonly mutant: WrittenMutant;
  /** The importing fixture, relative to fixtures/. */
  readonly importer: string;
  readonly file: string;
}

let mutants: WrittenMutant[] = [];
let importers: ImporterVariant[] = [];
/** Mutants TypeScript's parser does not finish (written to `parserHangDir` only). */
let parserHangs: WrittenMutant[] = [];
/** Every file of the temporary project (mutants, importer variants, unmutated copies), absolute. */
let allFiles: string[] = [];
let program: ts.Program;
let watchdog: Watchdog;

function positiveInt(value: string | undefined, fallback: number): number {
  const n = value === undefined || value === '' ? fallback : Number(value);
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`BINDSAFE_FUZZ_MUTANTS must be a positive integer (got ${value})`);
  return n;
}

function tsFilesUnder(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
    .map((name) => path.join(directory, name).replace(/\\/g, '/'))
    .sort();
}

function describeMutant(m: WrittenMutant): string {
  return `m${m.index} ${path.relative(dir, m.file)} (from fixtures/${m.source}; ${m.ops.join(', ')})`;
}

function describeImporter(v: ImporterVariant): string {
  return `${path.relative(dir, v.file)} (fixtures/${v.importer} importing ${describeMutant(v.mutant)})`;
}

/** What the engine and ESLint run on: every mutant and every importer variant. */
function targets(): { readonly file: string; readonly label: string }[] {
  return [
    ...mutants.map((m) => ({ file: m.file, label: describeMutant(m) })),
    ...importers.map((v) => ({ file: v.file, label: describeImporter(v) })),
  ];
}

/** The failures, seed first so the run reproduces; at most 25 listed. */
function report(what: string, problems: readonly string[]): string {
  const shown = problems.slice(0, 25).map((p) => `  - ${p}`);
  const more = problems.length > shown.length ? [`  … and ${problems.length - shown.length} more`] : [];
  return [`${what}: ${problems.length} problem(s); seed ${seed}, reproduce with: ${reproduce}`, ...shown, ...more].join('\n');
}

/** Line lengths (UTF-16 code units, without the break) as both TypeScript and ESLint count lines. */
function lineLengths(text: string): number[] {
  return text.split(/\r\n|[\r\n\u2028\u2029]/).map((line) => line.length);
}

/** Whether 1-based `line`/`column` lie in the text (a column may be one past the line's end). */
function inRange(lengths: readonly number[], line: number, column: number): boolean {
  const length = lengths[line - 1];
  return Number.isInteger(line) && Number.isInteger(column) && length !== undefined && column >= 1 && column <= length + 1;
}

const before = (l1: number, c1: number, l2: number, c2: number): boolean => l1 < l2 || (l1 === l2 && c1 <= c2);

beforeAll(async () => {
  for (const d of [dir, parserHangDir]) rmSync(d, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeProjectFiles(dir);

  const sources: { readonly rel: string; readonly text: string }[] = [];
  for (const group of sourceGroups) {
    for (const file of tsFilesUnder(path.join(fixturesDir, group))) {
      const rel = path.relative(fixturesDir, file).replace(/\\/g, '/');
      const text = readFileSync(file, 'utf8');
      sources.push({ rel, text });
      // The unmutated siblings the mutants import. Test files are never imported; their copies
      // would be picked up by vitest's `**/*.test.ts` (mutants are `*.test.m<n>.ts`).
      if (!rel.endsWith('.test.ts')) {
        mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
        writeFileSync(path.join(dir, rel), text);
      }
    }
  }
  expect(sources.length).toBeGreaterThan(100);

  const generated: WrittenMutant[] = [];
  for (let index = 0; index < mutantCount; index++) {
    const source = sources[index % sources.length]!;
    const mutant = mutate(source.text, createRng(hashSeed(seed, index)));
    const file = path.join(dir, source.rel.replace(/\.ts$/, `.m${index}.ts`)).replace(/\\/g, '/');
    generated.push({ ...mutant, index, source: source.rel, file });
  }
  const hanging = new Set(await findParserHangs(generated.map((m) => Buffer.from(m.bytes).toString('utf8')), parseLimitMs));
  mutants = generated.filter((m) => !hanging.has(m.index));
  parserHangs = generated.filter((m) => hanging.has(m.index));
  for (const m of mutants) writeFileSync(m.file, m.bytes);
  if (parserHangs.length > 0) {
    mkdirSync(parserHangDir, { recursive: true });
    writeProjectFiles(parserHangDir);
    // A file that parses, so a run that skips every mutant still has something to analyse.
    writeFileSync(path.join(parserHangDir, 'valid.ts'), "import type {} from '@bindsafe/kernel';\nexport const valid = 1;\n");
    for (const m of parserHangs) writeFileSync(path.join(parserHangDir, path.basename(m.file)), m.bytes);
  }

  importers = [];
  for (const m of mutants) {
    const base = path.basename(m.source, '.ts');
    const specifier = `'./${base}.js'`;
    const candidates = sources.filter((s) => path.dirname(s.rel) === path.dirname(m.source) && s.rel !== m.source && s.text.includes(specifier));
    const rng = createRng(hashSeed(seed, m.index, 'importer'));
    if (candidates.length === 0 || !rng.chance(0.5)) continue;
    const importer = rng.pick(candidates);
    const file = path.join(dir, importer.rel.replace(/\.ts$/, `.i${m.index}.ts`)).replace(/\\/g, '/');
    writeFileSync(file, importer.text.replaceAll(specifier, `'./${base}.m${m.index}.js'`));
    importers.push({ mutant: m, importer: importer.rel, file });
  }
  allFiles = tsFilesUnder(dir);

  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(dir, 'tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (!parsed || parsed.errors.length > 0) throw new Error(`the fuzz tsconfig does not parse: ${JSON.stringify(parsed?.errors)}`);
  expect(parsed.fileNames.length).toBe(allFiles.length);
  watchdog = new Watchdog({ reproduce, ...(keep ? {} : { cleanup: [dir, parserHangDir] }) });
  program = watchdog.guard('building the TypeScript program', hangLimitMs * scale, () =>
    ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options }),
  );
}, 180_000 * scale);

function writeProjectFiles(projectDir: string): void {
  writeFileSync(path.join(projectDir, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`);
  writeFileSync(path.join(projectDir, 'package.json'), '{ "private": true, "type": "module" }\n');
  // Built-in defaults, whatever bindsafe.config.json a future checkout has above this directory.
  writeFileSync(path.join(projectDir, 'bindsafe.config.json'), '{}\n');
}

afterAll(async () => {
  await watchdog?.stop();
  if (!keep) for (const d of [dir, parserHangDir]) rmSync(d, { recursive: true, force: true });
});

describe(`fuzz: ${mutantCount} mutants of the fixture drivers (seed ${seed})`, () => {
  it('the engine analyses every mutant without throwing, within the time limit, with spans inside their files', () => {
    const engine = getEngine(ts, program);
    // The first call resolves the model and the program's reach: whole-program work, not one file's.
    const first = allFiles.find((f) => !/\.[mi]\d+\.ts$/.test(f))!;
    watchdog.guard('the engine preparing the program', hangLimitMs * scale, () => engine.analyzeFile(program.getSourceFile(first)!));

    const problems: string[] = [];
    let findings = 0;
    let slowest = { ms: 0, mutant: '' };
    for (const m of targets()) {
      const sf = program.getSourceFile(m.file);
      if (!sf) {
        problems.push(`${m.label}: not in the program`);
        continue;
      }
      const started = performance.now();
      let analysis;
      try {
        analysis = watchdog.guard(`the engine on ${m.label}`, hangLimitMs, () => engine.analyzeFile(sf));
      } catch (error) {
        problems.push(`${m.label}: analyzeFile threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        continue;
      }
      const ms = performance.now() - started;
      if (ms > slowest.ms) slowest = { ms, mutant: m.label };
      if (ms > perFileLimitMs) problems.push(`${m.label}: analyzeFile took ${Math.round(ms)} ms (limit ${perFileLimitMs} ms)`);

      for (const d of analysis.diagnostics) {
        // The engine catches its own failures and says so; anything but deep nesting is a crash.
        if (/internal error/.test(d.message)) problems.push(`${m.label}: engine diagnostic "${d.message}"`);
      }
      const checkSpan = (span: SourceSpan, what: string): void => {
        const file = program.getSourceFile(span.fileName);
        const length = file?.text.length ?? -1;
        if (!file || !(span.start >= 0 && span.start <= span.end && span.end <= length)) {
          problems.push(`${m.label}: ${what} span ${span.start}-${span.end} outside ${span.fileName} (length ${length})`);
        }
      };
      for (const f of analysis.findings) {
        findings++;
        if (f.span.fileName !== sf.fileName) problems.push(`${m.label}: ${f.ruleId} finding in another file, ${f.span.fileName}`);
        checkSpan(f.span, f.ruleId);
        for (const r of f.related) checkSpan(r, `${f.ruleId} related`);
        for (const r of f.flow) checkSpan(r, `${f.ruleId} flow`);
      }
    }
    console.info(`fuzz: engine: ${mutants.length} mutants and ${importers.length} importer variants, ${findings} findings, slowest ${Math.round(slowest.ms)} ms (${slowest.mutant})`);
    expect(problems, report('the engine', problems)).toEqual([]);
    expect(findings, 'the engine found nothing at all: the fuzz project is misconfigured').toBeGreaterThan(0);
  }, 240_000 * scale);

  it('bindsafe analyze: no throw, exit 0 or 1, a JSON report with one diagnostic per skipped file, findings inside their files', async () => {
    let stdout = '';
    let stderr = '';
    const io = {
      cwd: repoRoot,
      env: {},
      stdout: { write: (t: string) => (stdout += t), isTTY: false },
      stderr: { write: (t: string) => (stderr += t), isTTY: false },
    };
    const argv = ['analyze', dir, '--format', 'json', '--no-progress'];
    const code = await watchdog.guardAsync('bindsafe analyze over the fuzz project', hangLimitMs * 4 * scale, () => main(argv, io));
    const context = `seed ${seed}; reproduce with: ${reproduce}\nstderr (first lines):\n${stderr.split('\n').slice(0, 10).join('\n')}`;
    expect([0, 1], `exit code ${code}; ${context}`).toContain(code);

    interface JsonLocation {
      file: string;
      line: number;
      column: number;
    }
    interface JsonReport {
      findings: (JsonLocation & { ruleId: string; endLine: number; endColumn: number; related: JsonLocation[] })[];
      stats: {
        filesSelected: number;
        filesAnalyzed: number;
        filesSkipped: number;
        diagnostics: { file: string; line?: number; column?: number; message: string; skipped: boolean }[];
      };
    }
    let parsed: JsonReport;
    try {
      parsed = JSON.parse(stdout) as JsonReport;
    } catch (error) {
      throw new Error(`stdout is not JSON (${String(error)}): ${stdout.slice(0, 200)}; ${context}`);
    }
    const { findings, stats } = parsed;
    const problems: string[] = [];
    const repoPath = (absolute: string): string => path.relative(repoRoot, absolute).replace(/\\/g, '/');
    const byRepoPath = new Map(mutants.map((m) => [repoPath(m.file), m]));
    const labels = new Map([
      ...mutants.map((m) => [repoPath(m.file), describeMutant(m)] as const),
      ...importers.map((v) => [repoPath(v.file), describeImporter(v)] as const),
    ]);
    const name = (file: string): string => labels.get(file) ?? file;

    expect(stats.filesSelected, context).toBe(allFiles.length);
    expect(stats.filesAnalyzed + stats.filesSkipped, context).toBe(stats.filesSelected);

    // Exactly one `skipped` diagnostic per skipped file, each with a documented cause.
    const skipped = new Map<string, string>();
    for (const d of stats.diagnostics) {
      if (!d.skipped) continue;
      if (skipped.has(d.file)) problems.push(`${name(d.file)}: more than one skipped diagnostic`);
      skipped.set(d.file, d.message);
      if (!/^(syntax error: .*|binary content \(NUL byte at offset \d+\)|not valid UTF-8 \(.*\)|nested too deeply .*); file skipped$/.test(d.message)) {
        problems.push(`${name(d.file)}: skipped for an undocumented reason: ${d.message}`);
      }
    }
    if (skipped.size !== stats.filesSkipped) problems.push(`filesSkipped is ${stats.filesSkipped} but ${skipped.size} files have a skipped diagnostic`);
    for (const d of stats.diagnostics) {
      if (/internal error|the engine failed/.test(d.message)) problems.push(`${name(d.file)}: ${d.message}`);
    }
    // Which files must be skipped: the undecodable mutants and those with syntax errors; nothing else
    // (the unmutated copies in particular) but, at most, a file nested too deeply.
    for (const file of allFiles) {
      const rel = repoPath(file);
      const m = byRepoPath.get(rel);
      const reason = skipped.get(rel);
      const sf = program.getSourceFile(file);
      const syntaxBroken = sf !== undefined && program.getSyntacticDiagnostics(sf).some((d) => d.category === ts.DiagnosticCategory.Error);
      if (m?.undecodable) {
        if (!reason?.match(/^(binary content|not valid UTF-8)/)) problems.push(`${name(rel)}: has a NUL or invalid UTF-8 byte but ${reason ? `was skipped as "${reason}"` : 'was analysed'}`);
      } else if (syntaxBroken) {
        // A file nested too deeply for the binder is kept out of the program before its syntax is looked at.
        if (!reason?.startsWith('syntax error: ') && !reason?.startsWith('nested too deeply')) problems.push(`${name(rel)}: has syntax errors but ${reason ? `was skipped as "${reason}"` : 'was analysed'}`);
      } else if (reason !== undefined && !(m && reason.startsWith('nested too deeply'))) {
        problems.push(`${name(rel)}: parses but was skipped: ${reason}`);
      }
    }

    // Every finding (and related location) inside its file, in an analysed file.
    const lengthsOf = new Map<string, number[]>();
    const lengths = (file: string): number[] | undefined => {
      let known = lengthsOf.get(file);
      if (!known) {
        try {
          known = lineLengths(readFileSync(path.join(repoRoot, file), 'utf8').replace(/^\uFEFF/, ''));
        } catch {
          return undefined;
        }
        lengthsOf.set(file, known);
      }
      return known;
    };
    for (const f of findings) {
      const where = `${name(f.file)}: ${f.ruleId} at ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`;
      const l = lengths(f.file);
      if (!l) problems.push(`${where}: no such file`);
      else if (!inRange(l, f.line, f.column) || !inRange(l, f.endLine, f.endColumn) || !before(f.line, f.column, f.endLine, f.endColumn)) {
        problems.push(`${where}: outside the file (${l.length} lines)`);
      }
      if (skipped.has(f.file)) problems.push(`${where}: a finding in a skipped file`);
      for (const r of f.related) {
        const rl = lengths(r.file);
        if (!rl || !inRange(rl, r.line, r.column)) problems.push(`${where}: related location ${r.file}:${r.line}:${r.column} outside its file`);
      }
    }
    console.info(
      `fuzz: bindsafe analyze: exit ${code}, ${stats.filesSelected} files, ${stats.filesAnalyzed} analysed, ${stats.filesSkipped} skipped, ${findings.length} findings`,
    );
    expect(problems, report('bindsafe analyze', problems)).toEqual([]);
    expect(stats.filesAnalyzed, context).toBeGreaterThan(allFiles.length - mutants.length);
    expect(findings.length, context).toBeGreaterThan(0);
  }, 360_000 * scale);

  it('ESLint with the plugin: never throws, no fatal bindsafe message, messages inside their files', () => {
    const recommended = plugin.configs.recommended as Linter.Config;
    const config: Linter.Config = {
      ...recommended,
      files: ['**/*.ts'],
      languageOptions: {
        ...recommended.languageOptions,
        // One program for every mutant: typescript-eslint takes each file's AST and types from it.
        parserOptions: { programs: [program], project: false, projectService: false },
      },
    };
    const linter = new Linter({ cwd: dir });
    const warnings: string[] = [];
    const onWarning = (w: Error): void => void warnings.push(w.message);
    process.on('warning', onWarning);

    const problems: string[] = [];
    let bindsafeMessages = 0;
    let parseErrors = 0;
    let slowest = { ms: 0, mutant: '' };
    try {
      for (const m of targets()) {
        const sf = program.getSourceFile(m.file);
        if (!sf) {
          problems.push(`${m.label}: not in the program`);
          continue;
        }
        const started = performance.now();
        let messages: Linter.LintMessage[];
        try {
          messages = watchdog.guard(`ESLint on ${m.label}`, hangLimitMs, () => linter.verify(sf.text, [config], { filename: m.file }));
        } catch (error) {
          problems.push(`${m.label}: ESLint threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
          continue;
        }
        const ms = performance.now() - started;
        if (ms > slowest.ms) slowest = { ms, mutant: m.label };
        if (ms > perFileLimitMs) problems.push(`${m.label}: ESLint took ${Math.round(ms)} ms (limit ${perFileLimitMs} ms)`);

        const lengths = lineLengths(sf.text);
        for (const message of messages) {
          if (message.fatal) {
            // ESLint's own parse error on a broken mutant is fine; a fatal rule message is not.
            if (message.ruleId === null) parseErrors++;
            else problems.push(`${m.label}: fatal message from ${message.ruleId}: ${message.message}`);
          }
          if (!message.ruleId?.startsWith('bindsafe/')) continue;
          bindsafeMessages++;
          const where = `${m.label}: ${message.ruleId} at ${message.line}:${message.column}`;
          if (!inRange(lengths, message.line, message.column)) problems.push(`${where}: outside the file (${lengths.length} lines)`);
          if (message.endLine !== undefined && message.endColumn !== undefined) {
            if (!inRange(lengths, message.endLine, message.endColumn) || !before(message.line, message.column, message.endLine, message.endColumn)) {
              problems.push(`${where}: end ${message.endLine}:${message.endColumn} outside the file or before the start`);
            }
          }
        }
      }
    } finally {
      process.off('warning', onWarning);
    }
    // The plugin turns an engine failure into a process warning and reports nothing: a crash too.
    for (const w of warnings.filter((w) => w.startsWith('bindsafe:'))) problems.push(`plugin warning: ${w}`);
    console.info(
      `fuzz: ESLint: ${mutants.length} mutants and ${importers.length} importer variants, ${parseErrors} parse errors, ${bindsafeMessages} bindsafe messages, slowest ${Math.round(slowest.ms)} ms (${slowest.mutant})`,
    );
    expect(problems, report('ESLint', problems)).toEqual([]);
    expect(bindsafeMessages, 'ESLint reported nothing from bindsafe: the fuzz config is wrong').toBeGreaterThan(0);
  }, 240_000 * scale);

  it("mutants on which TypeScript's parser hangs (microsoft/TypeScript#63580) do not hang the built front ends", () => {
    const list = parserHangs.map(describeMutant);
    console.info(`fuzz: ${parserHangs.length} mutant(s) hang TypeScript's parser${list.length > 0 ? `:\n  ${list.join('\n  ')}` : ''}`);
    if (parserHangs.length === 0) return;
    expect(missingBuild(), 'these mutants are checked against the built packages').toBeUndefined();
    const problems: string[] = [];
    const where = `over ${path.relative(repoRoot, parserHangDir)} (${list.join('; ')})`;

    const analyzer = runBuiltAnalyzer(['analyze', parserHangDir, '--format', 'json', '--no-progress'], repoRoot, childLimitMs);
    if (analyzer.timedOut) {
      problems.push(`bindsafe analyze did not finish within ${childLimitMs} ms ${where}`);
    } else if (analyzer.code !== 0 && analyzer.code !== 1) {
      problems.push(`bindsafe analyze exited ${analyzer.code} ${where}: ${analyzer.stderr.split('\n')[0]}`);
    } else {
      try {
        const { stats } = JSON.parse(analyzer.stdout) as { stats: { filesSelected: number; filesAnalyzed: number; filesSkipped: number } };
        if (stats.filesAnalyzed + stats.filesSkipped !== stats.filesSelected) problems.push(`bindsafe analyze: inconsistent stats ${JSON.stringify(stats)}`);
      } catch (error) {
        problems.push(`bindsafe analyze: stdout is not JSON (${String(error)}) ${where}`);
      }
    }

    const eslint = runBuiltEslint(parserHangDir, childLimitMs);
    if (eslint.timedOut) {
      problems.push(`ESLint (configs.recommended) did not finish within ${childLimitMs} ms ${where}`);
    } else if (eslint.code !== 0) {
      problems.push(`ESLint failed (exit ${eslint.code}) ${where}: ${eslint.stderr.split('\n').slice(0, 3).join(' ')}`);
    } else {
      for (const result of JSON.parse(eslint.stdout) as EslintFileResult[]) {
        for (const message of result.messages) {
          if (message.fatal && message.ruleId !== null) problems.push(`ESLint: fatal message from ${message.ruleId} in ${result.filePath}: ${message.message}`);
        }
      }
    }
    expect(problems, report("mutants that hang TypeScript's parser (see fuzz-regressions.test.ts)", problems)).toEqual([]);
  }, childLimitMs * 2 + 30_000);
});
