import type * as ts from 'typescript';
import type { Interpreter } from './interpreter.js';
import { isScoped, reachable, type AbstractValue } from './values.js';
import { constructorPlaces } from './ownership.js';

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
    if (holder.kind === 'fresh' && tsm.isNewExpression(holder.origin)) {
      checkConstructedData(it, value, holder.origin, holders);
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

/**
 * Driver data built by a constructor: the places are the fields its constructor keeps its
 * parameters in (parameter properties, `this.x = p`), and their declared types decide, as a
 * literal's field types do: a `Device<Core>` passed to a constructor that keeps it in a field
 * declared `Core` outlives the callback.
 */
function checkConstructedData(it: Interpreter, value: AbstractValue, node: ts.NewExpression, holders: readonly AbstractValue[]): void {
  const tsm = it.ts;
  const ctx = it.ctx;
  const symbol = ctx.symbolAt(tsm.isPropertyAccessExpression(node.expression) ? node.expression.name : node.expression);
  const classDecl = symbol?.declarations?.find((d): d is ts.ClassLikeDeclaration => tsm.isClassDeclaration(d) || tsm.isClassExpression(d));
  const ctor = classDecl?.members.find((m): m is ts.ConstructorDeclaration => tsm.isConstructorDeclaration(m) && m.body !== undefined);
  if (!ctor || ctx.isExternalDeclaration(ctor)) return;
  (node.arguments ?? []).forEach((arg, i) => {
    if (ctx.scopeOfType(ctx.checker.getTypeAtLocation(arg)) !== 'callback') return;
    const place = constructorPlaces(it, ctor, i).find((p) => ctx.scopeOfType(ctx.checker.getTypeAtLocation(p)) === 'callback');
    if (!place) return;
    const field = tsm.isPropertyAccessExpression(place) ? place.name.text : (place as ts.ParameterDeclaration).name.getText();
    it.escape(value, arg, `it is kept by the constructor in \`${field}\`, a field of the driver data declared with the \`Core\` context, which outlives the callback`, holders, [], true);
  });
}
