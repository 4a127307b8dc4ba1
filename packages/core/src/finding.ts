import type * as ts from 'typescript';
import type { RuleId } from './rules/catalogue.js';

/** A span of text in one source file, as offsets into its text. */
export interface SourceSpan {
  readonly fileName: string;
  readonly start: number;
  readonly end: number;
}

/** A secondary location of a finding: where the value was obtained, a helper's store, … */
export interface RelatedLocation extends SourceSpan {
  readonly message: string;
}

/** One text replacement; `start`/`end` are offsets in the finding's file. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A suggested change the user may apply by hand or through the editor (never an autofix). */
export interface Suggestion {
  readonly messageId: string;
  readonly message: string;
  readonly edits: readonly TextEdit[];
}

/**
 * One problem found by the engine. Both front ends report exactly these: ESLint maps `node` to
 * its ESTree node, the analyzer maps `span` to lines and columns.
 *
 * Invariants: `span` lies inside `node`'s source file; `flow`, when present, is ordered from the
 * place the value was obtained to the place it escapes and has at least two steps.
 */
export interface Finding {
  readonly ruleId: RuleId;
  readonly messageId: string;
  /** The message with `data` substituted. */
  readonly message: string;
  readonly data: Readonly<Record<string, string>>;
  /** The node a reader must change (the primary location). */
  readonly node: ts.Node;
  readonly span: SourceSpan;
  readonly related: readonly RelatedLocation[];
  /** The steps of a multi-step escape, for SARIF `codeFlows`. */
  readonly flow: readonly RelatedLocation[];
  readonly suggestions: readonly Suggestion[];
}

/** Something the engine could not analyse, said instead of silently skipping it. */
export interface EngineDiagnostic {
  readonly fileName: string;
  readonly message: string;
}
