import { bindPattern } from './bindings.js';
import { complete } from './completions.js';
import { disposalCallHook, disposeValues } from './disposal.js';
import { checkDriverData } from './driver-data.js';
import { runReturnedClosures } from './closures.js';
import { evaluate } from './evaluate.js';
import { functionMethodCallHook } from './function-methods.js';
import { higherOrderCallHook } from './higher-order.js';
import type { Semantics } from './interpreter.js';
import { checkFrameObligations } from './obligations.js';
import { promiseCallHook } from './promises.js';
import { execStatement } from './statements.js';
import { assignTarget } from './stores.js';
import { partOf } from './value-kinds.js';

/**
 * The assembly: the table of semantic modules the interpreter core dispatches to (see
 * `Semantics` in interpreter.ts), with the call hooks calls.ts asks (`CallHook` there). This is
 * the one module that imports the semantics for the core; only the entry points
 * (file-analysis.ts) import it, and summaries reuse the table of the interpreter that asked for
 * them (`it.semantics`), so no semantic module needs it.
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
  runReturnedClosures,
  partOf,
  // The idioms recognised at calls, asked in this order (calls.ts imports none of them): a new
  // idiom is its module's `CallHook` and one line here.
  callHooks: [
    disposalCallHook,
    promiseCallHook,
    functionMethodCallHook,
    higherOrderCallHook,
  ],
};
