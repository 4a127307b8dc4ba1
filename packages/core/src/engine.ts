import type * as ts from 'typescript';
import type { EngineDiagnostic, Finding, SourceSpan } from './finding.js';

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
  /**
   * The file imports the model's package (`@bindsafe/kernel`, or a subpath of it) and TypeScript
   * cannot resolve that import: not installed, or a misspelt subpath. Nothing it does with the
   * model can be analysed; both front ends must say so rather than report nothing.
   */
  readonly unresolvedModelImport?: UnresolvedModelImport;
}

/** An import of the model's package that does not resolve (the first one in the file). */
export interface UnresolvedModelImport {
  /** The package name (`@bindsafe/kernel`). */
  readonly packageName: string;
  /** The module name as written (`@bindsafe/kernel`, `@bindsafe/kernel/pci`). */
  readonly specifier: string;
  /** The string literal naming it. */
  readonly span: SourceSpan;
  /** One sentence for the user: what does not resolve and what to do. */
  readonly message: string;
}

export interface Engine {
  /** Findings of every engine rule for one file of the program; memoised per file. */
  analyzeFile(sourceFile: ts.SourceFile): FileAnalysis;
}
