import type * as ts from 'typescript';
import type { TsModule } from '../engine.js';

/**
 * Access paths: a place reached through fields, elements and the accessors of built-in
 * collections is part of the object the path starts at. `map.get(k)!.field`, `arr[i].x`,
 * `obj.list.at(-1)!.x` and `Object.values(m)[0].x` all name a part of `map`, `arr`, `obj` and `m`:
 * a store there lives as long as that object, and a read there reads what it holds.
 */

/** Methods of the built-in collections whose result is one of the receiver's elements (or a view of them). */
export const elementAccessors: ReadonlySet<string> = new Set([
  'get', 'at', 'find', 'findLast', 'pop', 'shift', 'values', 'entries',
]);

/** `Object.*` functions whose result holds the argument's parts (its values, entries, the object itself). */
const objectViews: ReadonlySet<string> = new Set(['values', 'entries', 'assign', 'freeze', 'seal']);

/** `e` without the wrappers that leave its value as it is: parentheses, `as`, `satisfies` and `!`. */
export function skipWrappers(tsm: TsModule, e: ts.Expression): ts.Expression {
  let x = e;
  while (tsm.isParenthesizedExpression(x) || tsm.isSatisfiesExpression(x) || tsm.isAsExpression(x) || tsm.isNonNullExpression(x)) x = x.expression;
  return x;
}

/**
 * The expression an access path starts at: through property and element reads, parentheses,
 * `!`, casts, the element accessors of built-in collections and `Object.values(x)` and the like.
 */
export function accessRoot(tsm: TsModule, expression: ts.Expression): ts.Expression {
  let root = expression;
  for (;;) {
    if (
      tsm.isPropertyAccessExpression(root) ||
      tsm.isElementAccessExpression(root) ||
      tsm.isParenthesizedExpression(root) ||
      tsm.isNonNullExpression(root) ||
      tsm.isAsExpression(root) ||
      tsm.isSatisfiesExpression(root) ||
      tsm.isTypeAssertionExpression(root)
    ) {
      root = root.expression;
      continue;
    }
    if (tsm.isCallExpression(root) && tsm.isPropertyAccessExpression(root.expression)) {
      const callee = root.expression;
      const target = root.arguments[0];
      if (tsm.isIdentifier(callee.expression) && callee.expression.text === 'Object' && objectViews.has(callee.name.text) && target) {
        root = target;
        continue;
      }
      if (elementAccessors.has(callee.name.text)) {
        root = callee.expression;
        continue;
      }
    }
    return root;
  }
}

/**
 * The expression a place starts at, through the local names given to paths: a `const` initialised
 * with a path (`const bars = cache.perRing?.bars`, `const slot = (table?.[k])!`) names a part of
 * the object that path starts at, so `bars[i] = x` stores into `cache`. An optional chain reads
 * the same place as the plain read (it only stops early at `undefined`, where nothing is stored),
 * and narrowing the name (`if (bars)`) does not change what it names. `declarationOf` says what
 * an identifier is declared by.
 */
export function placeRoot(
  tsm: TsModule,
  expression: ts.Expression,
  declarationOf: (id: ts.Identifier) => ts.Node | undefined,
): ts.Expression {
  const seen = new Set<ts.Node>();
  let root = accessRoot(tsm, expression);
  while (tsm.isIdentifier(root)) {
    const declaration = declarationOf(root);
    if (!declaration || seen.has(declaration) || !tsm.isVariableDeclaration(declaration) || !tsm.isIdentifier(declaration.name)) break;
    seen.add(declaration);
    const init = declaration.initializer;
    if (!init || (tsm.getCombinedNodeFlags(declaration) & tsm.NodeFlags.Const) === 0) break;
    const next = accessRoot(tsm, init);
    // Only a path names a part of something: a name given to a call's result or a new object is its own place.
    if (next === init && !tsm.isIdentifier(init)) break;
    root = next;
  }
  return root;
}
