import ts from 'typescript';
import type { TSESLint } from '@typescript-eslint/utils';
import { getEngine, maxNestingDepth, nestsDeeperThan, type EngineOptions, type FileAnalysis } from '@bindsafe/core';

type AnyRuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

const nothing: FileAnalysis = { findings: [], diagnostics: [], reachesModel: false };

/**
 * Throws, at rule creation, the configuration error typescript-eslint's own typed rules throw when
 * the file was parsed without a TypeScript program (the default parser, or
 * `@typescript-eslint/parser` without `project`/`projectService`): bindsafe's rules cannot see
 * anything without types, and a rule that silently reports nothing would read as "no problems".
 * This is the one error a rule raises; it never throws while analysing.
 */
export function requireTypeInformation(context: AnyRuleContext, ruleName: string): void {
  if (context.sourceCode.parserServices?.program) return;
  throw new Error(
    `bindsafe/${ruleName} needs type information, but ${context.filename} was linted without a TypeScript program: ` +
      'use @typescript-eslint/parser with `parserOptions.projectService: true` (or the `bindsafe.configs.recommended` config, which sets both).',
  );
}

/**
 * The engine's analysis of the file being linted, or nothing when the engine fails: a rule never
 * throws while analysing. Every rule of the plugin asks for the same file of the same program,
 * and the engine analyses it once.
 *
 * A file nested deeper than `maxNestingDepth` is not analysed, as `bindsafe analyze` leaves it
 * out: the first rule to ask reports that, once, at its first line. (Deeper still, TypeScript's
 * binder overflows the stack while typescript-eslint's parser builds the type checker, and the
 * program's type information is broken for every file; a file whose analysis then fails is told
 * which file is to blame instead of getting nothing without a word.)
 */
export function analysisFor(context: AnyRuleContext): FileAnalysis {
  try {
    const program = context.sourceCode.parserServices?.program;
    if (!program) return nothing;
    const sf = program.getSourceFile(context.physicalFilename) ?? program.getSourceFile(context.filename);
    if (!sf) return nothing;
    if (tooDeep(sf)) {
      reportOnce(context, sf, `bindsafe: this file is nested too deeply for TypeScript's binder (more than ${maxNestingDepth} levels); it is not analysed`);
      return nothing;
    }
    try {
      return getEngine(ts, program, engineOptions(context.settings)).analyzeFile(sf);
    } catch (error) {
      const culprits = program.getSourceFiles().filter(tooDeep);
      if (culprits.length === 0) throw error;
      const names = culprits.map((f) => JSON.stringify(relativeName(context, f.fileName))).join(', ');
      reportOnce(context, sf, `bindsafe: this file could not be analysed: ${names} ${culprits.length === 1 ? 'is' : 'are'} nested too deeply for TypeScript's binder (more than ${maxNestingDepth} levels), and TypeScript could not build the program's type information`);
      return nothing;
    }
  } catch (error) {
    warnOnce(error);
    return nothing;
  }
}

/** The files (by their `SourceCode`) whose unresolved model import a rule has already reported. */
const reportedUnresolved = new WeakSet<object>();

/**
 * Whether this rule is the one to report the file's unresolved model import: the first bindsafe
 * rule that runs on a file claims it, so the file gets one report however many rules are on.
 */
export function claimUnresolvedReport(context: AnyRuleContext): boolean {
  const key = context.sourceCode;
  if (reportedUnresolved.has(key)) return false;
  reportedUnresolved.add(key);
  return true;
}

const depthChecked = new WeakMap<ts.SourceFile, boolean>();

function tooDeep(sf: ts.SourceFile): boolean {
  let deep = depthChecked.get(sf);
  if (deep === undefined) depthChecked.set(sf, (deep = !sf.isDeclarationFile && nestsDeeperThan(ts, sf)));
  return deep;
}

const reported = new WeakSet<ts.SourceFile>();

/** One message for the file, at its first line, from whichever rule gets here first. */
function reportOnce(context: AnyRuleContext, sf: ts.SourceFile, message: string): void {
  if (reported.has(sf)) return;
  reported.add(sf);
  context.report({ loc: { line: 1, column: 0 }, message } as unknown as Parameters<AnyRuleContext['report']>[0]);
}

function relativeName(context: AnyRuleContext, fileName: string): string {
  const cwd = context.cwd.replace(/\\/g, '/');
  return fileName.startsWith(`${cwd}/`) ? fileName.slice(cwd.length + 1) : fileName;
}

/** `settings.bindsafe` in the ESLint config: the engine options shared by every rule. */
function engineOptions(settings: Readonly<Record<string, unknown>>): EngineOptions {
  const raw = settings['bindsafe'];
  if (!raw || typeof raw !== 'object') return {};
  const s = raw as Record<string, unknown>;
  const strings = (v: unknown): string[] | undefined => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : undefined);
  const options: { -readonly [K in keyof EngineOptions]: EngineOptions[K] } = {};
  if (typeof s['unknownCalleesEscape'] === 'boolean') options.unknownCalleesEscape = s['unknownCalleesEscape'];
  const safe = strings(s['safeFunctions']);
  if (safe) options.safeFunctions = safe;
  const escaping = strings(s['escapingFunctions']);
  if (escaping) options.escapingFunctions = escaping;
  return options;
}

let warned = false;
function warnOnce(error: unknown): void {
  if (warned) return;
  warned = true;
  const message = error instanceof Error ? error.message : String(error);
  process.emitWarning(`bindsafe: the analysis failed and reported nothing for a file (${message})`);
}
