import type * as ts from 'typescript';
import type { AnalysisContext } from '../analysis/context.js';
import { indexedNodes } from '../program/syntax-index.js';

/**
 * Which callees of `require-safety-comment` are unsafe: a callee is unsafe when the declaration its
 * symbol resolves to carries the unsafe JSDoc tag, followed through aliases of any kind — a const
 * alias (`const f = obj.m`), a destructured binding (`const { m } = obj`, `const { m: f } = obj`),
 * a property that holds the function (`{ m: f }`, `{ f }`, a class field `m = f`), an import rename,
 * a re-export. Private names (`this.#m()`) resolve like any other member. The
 * resolution goes through the checker's symbols, never through the spelling of names.
 */

/** How many alias hops are followed before giving up (a cycle stops earlier, on a seen symbol). */
const maxHops = 8;

/** The name of the unsafe declaration the callee name `name` denotes, if it denotes one. */
export function unsafeCallee(ctx: AnalysisContext, name: ts.Node): string | undefined {
  return resolve(ctx, ctx.symbolAt(name), new Set(), 0);
}

function resolve(ctx: AnalysisContext, start: ts.Symbol | undefined, seen: Set<ts.Symbol>, hops: number): string | undefined {
  let symbol = start;
  if (symbol && symbol.flags & ctx.ts.SymbolFlags.Alias) symbol = ctx.checker.getAliasedSymbol(symbol);
  if (!symbol || hops > maxHops || seen.has(symbol)) return undefined;
  seen.add(symbol);
  const declarations = symbol.declarations ?? [];
  if (declarations.some((d) => ctx.isUnsafeDeclaration(d))) return symbol.name;
  for (const d of declarations) {
    const found = resolve(ctx, aliasedBy(ctx, d), seen, hops + 1);
    if (found) return found;
  }
  return undefined;
}

/** The symbol a declaration merely renames (its initializer, or the property it destructures). */
function aliasedBy(ctx: AnalysisContext, d: ts.Declaration): ts.Symbol | undefined {
  const tsm = ctx.ts;
  if (tsm.isVariableDeclaration(d)) {
    if (!tsm.isIdentifier(d.name) || !d.initializer) return undefined;
    return symbolOfExpression(ctx, d.initializer);
  }
  if (tsm.isPropertyAssignment(d)) return symbolOfExpression(ctx, d.initializer);
  // A class field holding the function (`readonly report = reportBound;`, `#emit = this.#raw;`).
  if (tsm.isPropertyDeclaration(d)) return d.initializer && !ctx.isUnsafeDeclaration(d) ? symbolOfExpression(ctx, d.initializer) : undefined;
  if (tsm.isShorthandPropertyAssignment(d)) return ctx.checker.getShorthandAssignmentValueSymbol(d);
  if (tsm.isBindingElement(d) && tsm.isObjectBindingPattern(d.parent)) {
    const key = d.propertyName ?? d.name;
    const text = tsm.isIdentifier(key) || tsm.isStringLiteral(key) ? key.text : undefined;
    if (text === undefined) return undefined;
    return ctx.checker.getTypeAtLocation(d.parent).getProperty(text);
  }
  return undefined;
}

/** The symbol an alias initializer names: `f`, `obj.m`, through parentheses and type assertions. */
function symbolOfExpression(ctx: AnalysisContext, e: ts.Expression): ts.Symbol | undefined {
  const tsm = ctx.ts;
  let inner = e;
  while (tsm.isParenthesizedExpression(inner) || tsm.isAsExpression(inner) || tsm.isNonNullExpression(inner) || tsm.isSatisfiesExpression(inner)) {
    inner = inner.expression;
  }
  if (tsm.isIdentifier(inner)) return ctx.symbolAt(inner);
  if (tsm.isPropertyAccessExpression(inner)) return ctx.symbolAt(inner.name);
  return undefined;
}

/**
 * The names a call in `sf` may spell an unsafe callee with: the declared names of the program's
 * unsafe declarations plus the file's local names for them (const aliases, properties holding and
 * destructured bindings of such a name, and imports — renamed or re-exported ones are resolved). A cheap filter before the
 * checker is asked: a callee spelt otherwise cannot resolve to an unsafe declaration, except through
 * a chain this filter does not follow (see the rule page's known problems).
 */
export function calleeNames(ctx: AnalysisContext, sf: ts.SourceFile, unsafeNames: ReadonlySet<string>): Set<string> {
  const tsm = ctx.ts;
  const names = new Set(unsafeNames);
  for (const n of indexedNodes(tsm, sf)) {
    if (tsm.isVariableDeclaration(n) && tsm.isIdentifier(n.name) && n.initializer) {
      const spelt = spelling(tsm, n.initializer);
      if (spelt !== undefined && names.has(spelt)) names.add(n.name.text);
    } else if (tsm.isPropertyAssignment(n) && (tsm.isIdentifier(n.name) || tsm.isStringLiteral(n.name))) {
      const spelt = spelling(tsm, n.initializer);
      if (spelt !== undefined && names.has(spelt)) names.add(n.name.text);
    } else if (tsm.isBindingElement(n) && tsm.isIdentifier(n.name) && tsm.isObjectBindingPattern(n.parent)) {
      const key = n.propertyName ?? n.name;
      if ((tsm.isIdentifier(key) || tsm.isStringLiteral(key)) && names.has(key.text)) names.add(n.name.text);
    } else if ((tsm.isImportSpecifier(n) || tsm.isImportClause(n)) && n.name && !n.isTypeOnly) {
      if (!names.has(n.name.text) && unsafeCallee(ctx, n.name)) names.add(n.name.text);
    }
  }
  return names;
}

/** The name an alias initializer spells: `f`, `o.m`, `this.#m`, through parentheses and type assertions. */
export function spelling(tsm: AnalysisContext['ts'], e: ts.Expression): string | undefined {
  let inner = e;
  while (tsm.isParenthesizedExpression(inner) || tsm.isAsExpression(inner) || tsm.isNonNullExpression(inner) || tsm.isSatisfiesExpression(inner)) {
    inner = inner.expression;
  }
  if (tsm.isIdentifier(inner)) return inner.text;
  if (tsm.isPropertyAccessExpression(inner)) return inner.name.text;
  return undefined;
}
