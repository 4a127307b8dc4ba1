import type * as ts from 'typescript';
import type { AnalysisContext } from '../analysis/context.js';
import { walk } from './walk.js';

/**
 * The names of every property declared (class fields, interface and type-literal members,
 * parameter properties, getters), in the files that reach the model, with a type that has a scope
 * (a field holding a `Device<Bound>`, a `Bar`, a guard, a registration…). A property read by any
 * other name is not a typed source, so it needs no type query. (Properties only inferred from an
 * object literal are not declarations and are not looked at.)
 */
export function scopedPropertyNames(ctx: AnalysisContext, files: Iterable<ts.SourceFile>): Set<string> {
  const tsm = ctx.ts;
  const spec = ctx.model.spec;
  const followed = new Set([...spec.registrations.map((r) => r.type), spec.movableType]);
  const names = new Set<string>();
  const consider = (name: ts.Node, typed: ts.Node): void => {
    if (!tsm.isIdentifier(name) && !tsm.isPrivateIdentifier(name) && !tsm.isStringLiteral(name)) return;
    if (names.has(name.text)) return;
    const type = ctx.checker.getTypeAtLocation(typed);
    const scope = ctx.scopeOfType(type);
    const typeName = ctx.typeNameOf(type);
    if ((scope && scope !== 'device') || (typeName && followed.has(typeName))) names.add(name.text);
  };
  for (const sf of files) {
    walk(tsm, sf, (n) => {
      if (tsm.isPropertyDeclaration(n) || tsm.isPropertySignature(n)) consider(n.name, n);
      else if (tsm.isParameter(n) && tsm.isConstructorDeclaration(n.parent) && tsm.getModifiers(n)?.length) consider(n.name, n);
      else if (tsm.isGetAccessorDeclaration(n)) consider(n.name, n);
      // Declarations of fields live in classes, interfaces and type literals, not in statements.
      else if (tsm.isBlock(n) || tsm.isExpressionStatement(n) || tsm.isVariableStatement(n)) return false;
      return true;
    });
  }
  return names;
}
