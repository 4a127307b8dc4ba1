import type * as ts from 'typescript';
import type { Interpreter } from './interpreter.js';
import { isScoped, reachable, type AbstractValue } from './values.js';

/**
 * What `probe` returns is the driver data: it lives for the binding, so binding-scoped values may
 * live in it, and so may the `Device<Core>` probe was given once it is widened to `Device<Bound>`.
 * Two places keep the `Core` context past the callback: a field whose declared type is a `Core`
 * device, and a function that captured the device (its type inside is still `Core`).
 */
export function checkDriverData(it: Interpreter, returned: readonly AbstractValue[]): void {
  const tsm = it.ts;
  for (const { value, holders } of reachable(returned)) {
    if (value.scope !== 'callback' || !isScoped(value)) continue;
    const holder = holders[holders.length - 1];
    if (!holder) continue;
    if (holder.kind === 'closure') {
      it.escape(value, holder.origin, 'it is captured by a function kept in the driver data, which outlives the callback', holders.slice(0, -1), [], true);
      continue;
    }
    if (holder.kind !== 'fresh' || !tsm.isObjectLiteralExpression(holder.origin)) continue;
    for (const [key, slot] of holder.contents) {
      if (!slot.includes(value)) continue;
      const property = holder.origin.properties.find((p) => p.name && tsm.isIdentifier(p.name) && p.name.text === key);
      const initializer = property && (tsm.isPropertyAssignment(property) ? property.initializer : tsm.isShorthandPropertyAssignment(property) ? property.name : undefined);
      if (!property || !initializer) continue;
      const declared = it.ctx.checker.getContextualType(initializer as ts.Expression);
      if (declared && it.ctx.scopeOfType(declared) === 'callback') {
        it.escape(value, property, `it is stored in \`${key}\`, a field of the driver data declared with the \`Core\` context, which outlives the callback`, holders, [], true);
      }
    }
  }
}
