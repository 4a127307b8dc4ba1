import type * as ts from 'typescript';
import type { EngineDiagnostic, Finding } from './finding.js';

/** The `typescript` module the caller works with; the engine never imports its own copy. */
export type TsModule = Omit<typeof ts, 'default'>;

export interface EngineOptions {
  /** Treat calls to functions without a body (declared, `any`, external) as escaping their arguments. Default: borrowed. */
  readonly unknownCalleesEscape?: boolean;
  /** Functions (by name, or `Class.method`) known to only borrow their arguments. */
  readonly safeFunctions?: readonly string[];
  /** Functions (by name, or `Class.method`) known to keep their arguments beyond the call. */
  readonly escapingFunctions?: readonly string[];
}

export interface FileAnalysis {
  readonly findings: readonly Finding[];
  readonly diagnostics: readonly EngineDiagnostic[];
  /** Whether the file imports the model, directly or through the modules it imports. */
  readonly reachesModel: boolean;
}

export interface Engine {
  /** Findings of every engine rule for one file of the program; memoised per file. */
  analyzeFile(sourceFile: ts.SourceFile): FileAnalysis;
}
