import ts from 'typescript';
import type { TSESLint } from '@typescript-eslint/utils';
import { getEngine, type EngineOptions, type Finding } from '@bindsafe/core';

/**
 * The engine's findings for the file being linted, or nothing when the file has no type
 * information or the engine fails: a rule never throws. Every rule of the plugin asks for the same
 * file of the same program, and the engine analyses it once.
 */
export function findingsFor(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): readonly Finding[] {
  try {
    const services = context.sourceCode.parserServices;
    const program = services?.program;
    if (!program) return [];
    const sf = program.getSourceFile(context.physicalFilename) ?? program.getSourceFile(context.filename);
    if (!sf) return [];
    return getEngine(ts, program, engineOptions(context.settings)).analyzeFile(sf).findings;
  } catch (error) {
    warnOnce(error);
    return [];
  }
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
