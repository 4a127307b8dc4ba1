import { bindPattern } from './bindings.js';
import { complete } from './completions.js';
import { disposeValues } from './disposal.js';
import { checkDriverData } from './driver-data.js';
import { evaluate } from './evaluate.js';
import type { Semantics } from './interpreter.js';
import { checkFrameObligations } from './obligations.js';
import { execStatement } from './statements.js';
import { assignTarget } from './stores.js';
import { partOf } from './value-kinds.js';

/**
 * The assembly: the table of semantic modules the interpreter core dispatches to (see
 * `Semantics` in interpreter.ts). This is the one module that imports the semantics for the core;
 * only the entry points (file-analysis.ts) import it, and summaries reuse the table of the
 * interpreter that asked for them (`it.semantics`), so no semantic module needs it.
 */
export const semantics: Semantics = {
  evaluate,
  bindPattern,
  assignTarget,
  execStatement,
  complete,
  disposeValues,
  checkFrameObligations,
  checkDriverData,
  partOf,
};
