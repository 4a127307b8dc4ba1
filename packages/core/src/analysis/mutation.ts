import type * as ts from 'typescript';
import type { Interpreter } from './interpreter.js';
import { forgetElements } from './iteration.js';
import type { AbstractValue } from './values.js';

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

export function reportMutation(it: Interpreter, bases: readonly AbstractValue[], at: ts.Node, how: string): void {
  // A container changed may no longer hold what it was created with.
  forgetElements(bases);
  for (const b of bases) {
    if (b.kind === 'driverData' || (it.mode === 'summary' && b.kind === 'param' && b.paramIndex !== -1)) {
      it.emit({ type: 'mutation', value: b, at, how, through: [] });
      return;
    }
  }
}

/** Methods of Array, Map and Set that change the collection. */
export const mutatingCollectionMethods: ReadonlySet<string> = new Set([
  'push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'copyWithin', 'set', 'delete', 'clear', 'add',
]);
