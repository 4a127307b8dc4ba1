import type * as ts from 'typescript';
import type { TsModule } from '../engine.js';
import type { AnalysisContext } from './context.js';
import type { Interpreter } from './interpreter.js';
import { indexedNodes } from '../program/syntax-index.js';
import { skipWrappers } from './access-paths.js';

/**
 * What the model does with a function it calls back:
 * - `probe`: its first parameter is the callback-scoped device; its result is the driver data;
 * - `unbind`: its first parameter is callback-scoped, `dataParameter` is the borrowed driver data;
 * - `handler`: an ioctl handler, whose `sectionParameters` live only inside the dispatch's section.
 */
export type RootRole =
  | { readonly kind: 'probe' }
  | { readonly kind: 'unbind'; readonly dataParameter: number }
  | { readonly kind: 'handler'; readonly sectionParameters: readonly number[]; readonly callee: string }
  | { readonly kind: 'plain' };

const plain: RootRole = { kind: 'plain' };

/**
 * Finds the role of a function: by the driver interface its object or class is typed with, by
 * being named in a driver's method or handler table, or by its parameter types.
 */
export function roleOf(ctx: AnalysisContext, fn: ts.FunctionLikeDeclaration): RootRole {
  const referenced = referencedRoles(ctx).get(fn);
  if (referenced) return referenced;
  const tsm = ctx.ts;
  const spec = ctx.model.spec;
  const name = memberNameOf(tsm, fn);
  if (name !== undefined) {
    const driver = spec.drivers.find((d) => d.probe === name || d.unbind === name);
    if (driver && fn.parameters.length > 0 && isDriverMember(ctx, fn)) {
      return name === driver.probe ? { kind: 'probe' } : { kind: 'unbind', dataParameter: driver.dataParameter };
    }
  }
  const table = tableOf(ctx, fn);
  if (table) return table;
  return handlerBySignature(ctx, fn) ?? handlerByContext(ctx, fn) ?? plain;
}

/** The property or method name under which a function is defined, if any. */
function memberNameOf(tsm: TsModule, fn: ts.FunctionLikeDeclaration): string | undefined {
  if (tsm.isMethodDeclaration(fn)) return tsm.isIdentifier(fn.name) ? fn.name.text : undefined;
  const parent = fn.parent;
  if ((tsm.isPropertyAssignment(parent) || tsm.isPropertyDeclaration(parent)) && parent.initializer === fn && tsm.isIdentifier(parent.name)) {
    return parent.name.text;
  }
  return undefined;
}

function isDriverMember(ctx: AnalysisContext, fn: ts.FunctionLikeDeclaration): boolean {
  const tsm = ctx.ts;
  const owner = tsm.isMethodDeclaration(fn) ? fn.parent : fn.parent.parent;
  if (owner && tsm.isObjectLiteralExpression(owner)) {
    const contextual = ctx.checker.getContextualType(owner);
    if (contextual && isDriverType(ctx, contextual)) return true;
  }
  if (owner && (tsm.isClassDeclaration(owner) || tsm.isClassExpression(owner))) {
    for (const clause of owner.heritageClauses ?? []) {
      for (const t of clause.types) if (isDriverType(ctx, ctx.checker.getTypeAtLocation(t))) return true;
    }
  }
  // Fallback: a bus callback takes a device in a `Core` context.
  const first = fn.parameters[0];
  return first !== undefined && ctx.scopeOfType(ctx.checker.getTypeAtLocation(first)) === 'callback';
}

function isDriverType(ctx: AnalysisContext, type: ts.Type): boolean {
  const name = ctx.typeNameOf(type);
  return name !== undefined && ctx.model.spec.drivers.some((d) => d.type === name);
}

/** A function written inside a handler table (`ioctls: { … }`). */
function tableOf(ctx: AnalysisContext, fn: ts.FunctionLikeDeclaration): RootRole | undefined {
  const tsm = ctx.ts;
  const holder = tsm.isMethodDeclaration(fn) ? fn : fn.parent;
  const table = holder?.parent;
  if (!table || !tsm.isObjectLiteralExpression(table)) return undefined;
  const tableProperty = table.parent;
  if (!tsm.isPropertyAssignment(tableProperty) || !tsm.isIdentifier(tableProperty.name)) return undefined;
  const spec = ctx.model.spec.handlerTables.find((h) => h.table === (tableProperty.name as ts.Identifier).text);
  if (!spec) return undefined;
  return { kind: 'handler', sectionParameters: spec.sectionParameters, callee: 'the ioctl dispatch' };
}

/** A function whose parameters are typed as a handler's (`(dev: drm.Device, regData, arg, file: drm.File)`). */
function handlerBySignature(ctx: AnalysisContext, fn: ts.FunctionLikeDeclaration): RootRole | undefined {
  for (const spec of ctx.model.spec.handlerTables) {
    const last = Math.max(...spec.signature.map(([i]) => i));
    if (fn.parameters.length <= last) continue;
    const matches = spec.signature.every(([i, type]) => {
      const p = fn.parameters[i];
      return p !== undefined && ctx.typeNameOf(ctx.checker.getTypeAtLocation(p)) === type;
    });
    if (matches) return { kind: 'handler', sectionParameters: spec.sectionParameters, callee: 'the ioctl dispatch' };
  }
  return undefined;
}

/**
 * A function whose type comes from a handler's: contextually typed by a handler table's member (a
 * table checked with `satisfies`, a variable typed as the table or as `drm.IoctlHandler`), or a
 * method of a class that implements such a table. Its own parameters may be fewer than the
 * handler's, so the signature it is given is what is checked.
 */
function handlerByContext(ctx: AnalysisContext, fn: ts.FunctionLikeDeclaration): RootRole | undefined {
  for (const type of givenTypes(ctx, fn)) {
    for (const signature of type.getCallSignatures()) {
      for (const spec of ctx.model.spec.handlerTables) {
        const matches = spec.signature.every(([i, name]) => {
          const p = signature.parameters[i];
          return p !== undefined && ctx.typeNameOf(ctx.checker.getTypeOfSymbolAtLocation(p, fn)) === name;
        });
        if (matches) return { kind: 'handler', sectionParameters: spec.sectionParameters, callee: 'the ioctl dispatch' };
      }
    }
  }
  return undefined;
}

/** The types a function is given by its context: its contextual type, or its member's in the types its class implements. */
function givenTypes(ctx: AnalysisContext, fn: ts.FunctionLikeDeclaration): ts.Type[] {
  const tsm = ctx.ts;
  const checker = ctx.checker;
  if (tsm.isArrowFunction(fn) || tsm.isFunctionExpression(fn)) {
    const type = checker.getContextualType(fn);
    return type ? [type] : [];
  }
  if (!tsm.isMethodDeclaration(fn) || !(tsm.isIdentifier(fn.name) || tsm.isStringLiteral(fn.name))) return [];
  const name = fn.name.text;
  const owners: ts.Type[] = [];
  const owner = fn.parent;
  if (tsm.isObjectLiteralExpression(owner)) {
    const type = checker.getContextualType(owner);
    if (type) owners.push(type);
  } else if (tsm.isClassLike(owner)) {
    for (const clause of owner.heritageClauses ?? []) {
      if (clause.token !== tsm.SyntaxKind.ImplementsKeyword) continue;
      for (const t of clause.types) owners.push(checker.getTypeAtLocation(t));
    }
  }
  const types: ts.Type[] = [];
  for (const o of owners) {
    const member = checker.getPropertyOfType(o, name);
    if (member) types.push(checker.getTypeOfSymbolAtLocation(member, fn));
  }
  return types;
}

/**
 * Whether the model calls `fn` back because a driver object or a handler table names it
 * (`ioctls: { wait: waitIoctl }`, perhaps in another module): such a function is a root whatever
 * its body mentions.
 */
export function isReferencedRoot(ctx: AnalysisContext, fn: ts.FunctionLikeDeclaration): boolean {
  return referencedRoles(ctx).has(fn);
}

const referencedCache = new WeakMap<AnalysisContext, Map<ts.Node, RootRole>>();

/**
 * Functions declared elsewhere and named in a driver object (`probe: probeImpl`) or a handler
 * table (`ioctls: { getParam: file.getParam }`): found once per program.
 */
function referencedRoles(ctx: AnalysisContext): Map<ts.Node, RootRole> {
  const cached = referencedCache.get(ctx);
  if (cached) return cached;
  const roles = new Map<ts.Node, RootRole>();
  referencedCache.set(ctx, roles);
  const tsm = ctx.ts;
  const spec = ctx.model.spec;
  const probeNames = new Set(spec.drivers.flatMap((d) => [d.probe, d.unbind]));
  const tableNames = new Set(spec.handlerTables.map((h) => h.table));
  const resolve = (e: ts.Expression): ts.FunctionLikeDeclaration | undefined =>
    resolveSymbol(ctx.symbolAt(tsm.isPropertyAccessExpression(e) ? e.name : e));
  const resolveSymbol = (s: ts.Symbol | undefined): ts.FunctionLikeDeclaration | undefined => {
    const symbol = s && s.flags & tsm.SymbolFlags.Alias ? ctx.checker.getAliasedSymbol(s) : s;
    for (const d of symbol?.declarations ?? []) {
      if (tsm.isFunctionDeclaration(d) || tsm.isMethodDeclaration(d)) return d;
      if (tsm.isVariableDeclaration(d) && d.initializer && (tsm.isArrowFunction(d.initializer) || tsm.isFunctionExpression(d.initializer))) {
        return d.initializer;
      }
    }
    return undefined;
  };
  /** The object literal a table property holds: written there, or the initializer of the variable it names. */
  const tableObject = (n: ts.PropertyAssignment | ts.ShorthandPropertyAssignment): ts.ObjectLiteralExpression | undefined => {
    const init = tsm.isPropertyAssignment(n) ? skipWrappers(tsm, n.initializer) : undefined;
    if (init && tsm.isObjectLiteralExpression(init)) return init;
    const symbol = tsm.isShorthandPropertyAssignment(n)
      ? ctx.checker.getShorthandAssignmentValueSymbol(n)
      : init && tsm.isIdentifier(init)
        ? ctx.symbolAt(init)
        : undefined;
    const target = symbol && symbol.flags & tsm.SymbolFlags.Alias ? ctx.checker.getAliasedSymbol(symbol) : symbol;
    for (const d of target?.declarations ?? []) {
      const value = tsm.isVariableDeclaration(d) && d.initializer ? skipWrappers(tsm, d.initializer) : undefined;
      if (value && tsm.isObjectLiteralExpression(value)) return value;
    }
    return undefined;
  };
  const spelt = [...probeNames, ...tableNames];
  for (const sf of ctx.program.getSourceFiles()) {
    if (sf.isDeclarationFile || ctx.model.isPackageFile(sf.fileName)) continue;
    if (!spelt.some((n) => sf.text.includes(n))) continue;
    for (const n of indexedNodes(tsm, sf)) {
      // Only a property named as a driver's callback or a handler table matters (most do not).
      if (!(tsm.isPropertyAssignment(n) || tsm.isShorthandPropertyAssignment(n)) || !tsm.isIdentifier(n.name)) continue;
      if (!probeNames.has(n.name.text) && !tableNames.has(n.name.text)) continue;
      if (tsm.isShorthandPropertyAssignment(n) && probeNames.has(n.name.text)) {
        const fn = resolveSymbol(ctx.checker.getShorthandAssignmentValueSymbol(n));
        const driver = spec.drivers.find((d) => d.probe === n.name.text || d.unbind === n.name.text);
        if (fn && driver) roles.set(fn, driver.probe === n.name.text ? { kind: 'probe' } : { kind: 'unbind', dataParameter: driver.dataParameter });
      }
      if (tsm.isPropertyAssignment(n) && tsm.isIdentifier(n.name)) {
        const init = boundFunction(tsm, n.initializer);
        if (probeNames.has(n.name.text) && (tsm.isIdentifier(init) || tsm.isPropertyAccessExpression(init))) {
          const fn = resolve(init);
          const driver = spec.drivers.find((d) => d.probe === (n.name as ts.Identifier).text || d.unbind === (n.name as ts.Identifier).text);
          if (fn && driver) {
            roles.set(fn, driver.probe === n.name.text ? { kind: 'probe' } : { kind: 'unbind', dataParameter: driver.dataParameter });
          }
        }
      }
      // A handler table: written in place, or a variable's object (`ioctls: table`, `ioctls`).
      if ((tsm.isPropertyAssignment(n) || tsm.isShorthandPropertyAssignment(n)) && tsm.isIdentifier(n.name)) {
        const table = spec.handlerTables.find((h) => h.table === (n.name as ts.Identifier).text);
        const object = table && tableObject(n);
        if (table && object) {
          const role: RootRole = { kind: 'handler', sectionParameters: table.sectionParameters, callee: 'the ioctl dispatch' };
          for (const p of object.properties) {
            if (tsm.isMethodDeclaration(p)) {
              roles.set(p, role);
              continue;
            }
            if (!tsm.isPropertyAssignment(p) && !tsm.isShorthandPropertyAssignment(p)) continue;
            const bound = tsm.isPropertyAssignment(p) ? boundReference(tsm, p.initializer) : { fn: p.name, fixed: 0 };
            const target = bound.fn;
            // Arguments a `bind` fixes come first, so the dispatch's parameters move right.
            const entryRole: RootRole = bound.fixed === 0 ? role : { ...role, sectionParameters: role.sectionParameters.map((i) => i + bound.fixed) };
            if (tsm.isArrowFunction(target) || tsm.isFunctionExpression(target)) {
              roles.set(target, entryRole);
              continue;
            }
            if (!tsm.isIdentifier(target) && !tsm.isPropertyAccessExpression(target)) continue;
            const fn = tsm.isShorthandPropertyAssignment(p) ? resolveSymbol(ctx.checker.getShorthandAssignmentValueSymbol(p)) : resolve(target);
            if (fn) roles.set(fn, entryRole);
          }
        }
      }
    }
  }
  return roles;
}

/**
 * Whether `this` at `node` is a driver object (it has the probe method): such an object is
 * registered once and outlives every binding, unlike driver data objects.
 */
export function isDriverClassMember(it: Interpreter, node: ts.Node): boolean {
  const tsm = it.ts;
  const probeNames = it.ctx.probeNames;
  let n: ts.Node | undefined = node.parent;
  while (n && !tsm.isClassLike(n) && !tsm.isObjectLiteralExpression(n)) n = n.parent;
  if (!n) return false;
  const members: readonly ts.Node[] = tsm.isClassLike(n) ? n.members : n.properties;
  return members.some((m) => {
    const name = (m as { name?: ts.Node }).name;
    return name !== undefined && tsm.isIdentifier(name) && probeNames.has(name.text);
  });
}

/**
 * The function `e` names as a value, seen through `f.bind(x, …)`: a bound function calls `f`
 * (with a fixed `this` and leading arguments), so a table entry `obj.method.bind(obj)` names
 * `obj.method` as the handler.
 */
function boundFunction(tsm: TsModule, e: ts.Expression): ts.Expression {
  return boundReference(tsm, e).fn;
}

/** `boundFunction`, with how many leading arguments the `bind`s fix (they shift the parameters). */
function boundReference(tsm: TsModule, e: ts.Expression): { readonly fn: ts.Expression; readonly fixed: number } {
  let x = skipWrappers(tsm, e);
  let fixed = 0;
  while (tsm.isCallExpression(x) && tsm.isPropertyAccessExpression(x.expression) && x.expression.name.text === 'bind') {
    fixed += Math.max(0, x.arguments.length - 1);
    x = skipWrappers(tsm, x.expression.expression);
  }
  return { fn: x, fixed };
}

