import ts from 'typescript';
import type { TSESLint } from '@typescript-eslint/utils';
import { getEngine, type EngineOptions, type FileAnalysis } from '@bindsafe/core';

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
 */
export function analysisFor(context: AnyRuleContext): FileAnalysis {
  try {
    const program = context.sourceCode.parserServices?.program;
    if (!program) return nothing;
    const sf = program.getSourceFile(context.physicalFilename) ?? program.getSourceFile(context.filename);
    if (!sf) return nothing;
    return getEngine(ts, program, engineOptions(context.settings)).analyzeFile(sf);
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
