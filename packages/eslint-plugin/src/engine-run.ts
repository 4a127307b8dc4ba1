import ts from 'typescript';
import type { TSESLint } from '@typescript-eslint/utils';
import { getEngine, maxNestingDepth, nestsDeeperThan, type EngineOptions, type Finding } from '@bindsafe/core';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/**
 * The engine's findings for the file being linted, or nothing when the file has no type
 * information or the engine fails: a rule never throws. Every rule of the plugin asks for the same
 * file of the same program, and the engine analyses it once.
 *
 * A file nested deeper than `maxNestingDepth` is not analysed, as `bindsafe analyze` leaves it
 * out: the first rule to ask reports that, once, at its first line. (Deeper still, TypeScript's
 * binder overflows the stack while typescript-eslint's parser builds the type checker, and the
 * program's type information is broken for every file; a file whose analysis then fails is told
 * which file is to blame instead of getting nothing without a word.)
 */
export function findingsFor(context: Context): readonly Finding[] {
  try {
    const services = context.sourceCode.parserServices;
    const program = services?.program;
    if (!program) return [];
    const sf = program.getSourceFile(context.physicalFilename) ?? program.getSourceFile(context.filename);
    if (!sf) return [];
    if (tooDeep(sf)) {
      reportOnce(context, sf, `bindsafe: this file is nested too deeply for TypeScript's binder (more than ${maxNestingDepth} levels); it is not analysed`);
      return [];
    }
    try {
      return getEngine(ts, program, engineOptions(context.settings)).analyzeFile(sf).findings;
    } catch (error) {
      const culprits = program.getSourceFiles().filter(tooDeep);
      if (culprits.length === 0) throw error;
      const names = culprits.map((f) => JSON.stringify(relativeName(context, f.fileName))).join(', ');
      reportOnce(context, sf, `bindsafe: this file could not be analysed: ${names} ${culprits.length === 1 ? 'is' : 'are'} nested too deeply for TypeScript's binder (more than ${maxNestingDepth} levels), and TypeScript could not build the program's type information`);
      return [];
    }
  } catch (error) {
    warnOnce(error);
    return [];
  }
}

const depthChecked = new WeakMap<ts.SourceFile, boolean>();

function tooDeep(sf: ts.SourceFile): boolean {
  let deep = depthChecked.get(sf);
  if (deep === undefined) depthChecked.set(sf, (deep = !sf.isDeclarationFile && nestsDeeperThan(ts, sf)));
  return deep;
}

const reported = new WeakSet<ts.SourceFile>();

/** One message for the file, at its first line, from whichever rule gets here first. */
function reportOnce(context: Context, sf: ts.SourceFile, message: string): void {
  if (reported.has(sf)) return;
  reported.add(sf);
  context.report({ loc: { line: 1, column: 0 }, message } as unknown as Parameters<Context['report']>[0]);
}

function relativeName(context: Context, fileName: string): string {
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
