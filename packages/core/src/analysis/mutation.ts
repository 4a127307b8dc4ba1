import type * as ts from 'typescript';
import type { Interpreter } from './interpreter.js';
import { paramPathOf } from './field-obligations.js';
import { forgetElements } from './iteration.js';
import { createValue, type AbstractValue } from './values.js';

/**
 * `unbind` only borrows the driver data: assigning into it (or into anything it holds),
 * deleting from it, `++`/`--`, disposing or dropping what it owns, and the mutating methods of
 * the built-in collections it holds are mutations. In summaries, the same done to a parameter is
 * recorded, so a helper that mutates what it is given is reported at the call. Any change to a
 * container ends what is known of the elements it holds for sure (iteration.ts).
 */
export function checkMutation(it: Interpreter, target: ts.Expression, how: string, at: ts.Node = target): void {
  const tsm = it.ts;
  let t = target;
  while (tsm.isParenthesizedExpression(t) || tsm.isNonNullExpression(t)) t = t.expression;
  if (!tsm.isPropertyAccessExpression(t) && !tsm.isElementAccessExpression(t)) return;
  reportMutation(it, it.eval(t.expression), at, how);
}

export function reportMutation(it: Interpreter, bases: readonly AbstractValue[], at: ts.Node, how: string, throughFields = false): void {
  // A container changed may no longer hold what it was created with.
  forgetElements(bases);
  for (const b of bases) {
    if (b.kind === 'driverData' || (it.mode === 'summary' && b.kind === 'param' && b.paramIndex !== -1)) {
      it.emit({ type: 'mutation', value: b, at, how, through: [] });
      return;
    }
  }
  if (throughFields && it.mode === 'summary') reportFieldMutation(it, bases, at, how);
}

/**
 * In a summary, a value the model types (a registration read as `holder.child`, a getter's
 * result included) is not the parameter's own value, but it is what the parameter holds at that
 * path: dropping or disposing it changes the parameter (a part of it), applied at the call.
 */
function reportFieldMutation(it: Interpreter, bases: readonly AbstractValue[], at: ts.Node, how: string): void {
  for (const b of bases) {
    const p = paramPathOf(it, b);
    if (!p || p.param === -1 || p.path.length === 0) continue;
    const param = createValue({ kind: 'param', origin: at, description: `parameter ${p.param}`, paramIndex: p.param });
    it.emit({ type: 'mutation', value: param, part: true, at, how, through: [] });
    return;
  }
}

/** Methods of Array, Map and Set that change the collection. */
export const mutatingCollectionMethods: ReadonlySet<string> = new Set([
  'push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'copyWithin', 'set', 'delete', 'clear', 'add',
]);
