import type * as ts from 'typescript';
import { invokeInline } from './closures.js';
import type { CallHook, CallSite, Interpreter } from './interpreter.js';
import { storeInto } from './stores.js';
import { addContent, createValue, readContent, type AbstractValue } from './values.js';

/**
 * Promises and their resolve functions: "a promise resolved with it" is a sink.
 *
 * The language's rule: a resolve function (the executor's first parameter of `new Promise(…)`, or
 * the `resolve` of `Promise.withResolvers()`) stores what it is called with in its promise, whoever
 * calls it and however it was reached (an alias, a destructuring, a property of the resolvers
 * object). So the value lives as long as the promise: a promise made outside a scope and resolved
 * inside it with a scoped value is an escape at the `resolve` call; a promise made inside and
 * returned carries the value out with it. A resolvers object the analysed code did not make (a
 * module-level `Promise.withResolvers()`, a field, a parameter; recognised by its type) holds a
 * promise made outside: resolving it is a store into that object.
 *
 * Invariants: a resolve (or reject) function is a `fresh` value whose `$promise` contents are the
 * promise it settles.
 */
export function newResolver(origin: ts.Node, promise: AbstractValue, description: string): AbstractValue {
  const resolver = createValue({ kind: 'fresh', origin, description });
  addContent(resolver, '$promise', [promise]);
  return resolver;
}

/** `Promise.withResolvers()`: an object holding a new promise and the functions that settle it. */
export function withResolvers(call: ts.CallExpression): AbstractValue[] {
  const promise = createValue({ kind: 'fresh', origin: call, description: 'the promise created here' });
  const resolvers = createValue({ kind: 'fresh', origin: call, description: 'the object `Promise.withResolvers()` returns' });
  addContent(resolvers, 'promise', [promise]);
  addContent(resolvers, 'resolve', [newResolver(call, promise, 'the resolve function')]);
  addContent(resolvers, 'reject', [newResolver(call, promise, 'the reject function')]);
  return [resolvers];
}

/** Whether `call` is `Promise.withResolvers()` (by the written name: no checker query). */
export function isWithResolvers(it: Interpreter, callee: ts.Expression): boolean {
  const tsm = it.ts;
  return tsm.isPropertyAccessExpression(callee) && callee.name.text === 'withResolvers' && tsm.isIdentifier(callee.expression) && callee.expression.text === 'Promise';
}

/**
 * The resolve functions a call calls: among the callee's values, or, for `o.resolve(x)`, what the
 * objects `o` may be hold under that name.
 */
export function resolversCalled(callee: readonly AbstractValue[], receiver: readonly AbstractValue[] | undefined, name: string | undefined): AbstractValue[] {
  const candidates = [...callee];
  if (receiver && name) for (const r of receiver) if (r.kind === 'fresh') candidates.push(...readContent(r, name));
  return candidates.filter((v) => v.contents.has('$promise'));
}

/**
 * For a call of `resolve` / `reject` that no resolve function made here answers: the object it is
 * read from, when the checker types that object as the global `PromiseWithResolvers` (the
 * library's, or a `declare global` copy of it) — `r` of `r.resolve(x)` / `r?.resolve(x)`, or `r`
 * of `const { resolve } = r; resolve(x)` — with what the interpreter knows it holds.
 */
function resolversHolder(it: Interpreter, site: CallSite): { base: ts.Expression; bases: readonly AbstractValue[] } | undefined {
  const tsm = it.ts;
  const callee = site.callee;
  if (tsm.isPropertyAccessExpression(callee)) {
    return settles(callee.name.text) && isResolversType(it, callee.expression) ? { base: callee.expression, bases: site.receiver ?? [] } : undefined;
  }
  if (!tsm.isIdentifier(callee) || site.call.arguments.length === 0 || !spellsSettling(site.call.getSourceFile())) return undefined;
  const declaration = it.ctx.checker.getSymbolAtLocation(callee)?.valueDeclaration;
  if (!declaration || !tsm.isBindingElement(declaration) || !tsm.isObjectBindingPattern(declaration.parent)) return undefined;
  const key = declaration.propertyName ?? declaration.name;
  if (!(tsm.isIdentifier(key) && settles(key.text))) return undefined;
  const owner = declaration.parent.parent;
  if (!tsm.isVariableDeclaration(owner) || !owner.initializer || !isResolversType(it, owner.initializer)) return undefined;
  const init = owner.initializer;
  const symbol = tsm.isIdentifier(init) ? it.ctx.checker.getSymbolAtLocation(init) : undefined;
  return { base: init, bases: (symbol && it.lookup(symbol)) ?? [] };
}

const settles = (name: string): boolean => name === 'resolve' || name === 'reject';

const spelling = new WeakMap<ts.SourceFile, boolean>();

/** Whether a file spells `resolve` or `reject` at all: only then can a name of it be destructured from a resolvers object. */
function spellsSettling(sf: ts.SourceFile): boolean {
  let spells = spelling.get(sf);
  if (spells === undefined) spelling.set(sf, (spells = sf.text.includes('resolve') || sf.text.includes('reject')));
  return spells;
}

function isResolversType(it: Interpreter, e: ts.Expression): boolean {
  const checker = it.ctx.checker;
  const type = checker.getNonNullableType(checker.getTypeAtLocation(e));
  const symbol = type.aliasSymbol ?? type.getSymbol();
  if (!symbol || symbol.name !== 'PromiseWithResolvers') return false;
  return (symbol.declarations ?? []).some((d) => isGlobalDeclaration(it, d));
}

/** A declaration of the global scope: in a script (the default library's files) or a `declare global`. */
function isGlobalDeclaration(it: Interpreter, d: ts.Node): boolean {
  const tsm = it.ts;
  const parent = d.parent;
  if (tsm.isSourceFile(parent)) return !tsm.isExternalModule(parent);
  return tsm.isModuleBlock(parent) && (parent.parent.flags & tsm.NodeFlags.GlobalAugmentation) !== 0;
}

/** Calling resolve functions with `values`: they are stored in the promises. */
export function resolvePromise(it: Interpreter, resolvers: readonly AbstractValue[], values: readonly AbstractValue[], call: ts.CallExpression): void {
  for (const r of resolvers) {
    for (const promise of r.contents.get('$promise') ?? []) {
      storeInto(it, call.expression, [promise], '*', values, call, 'stored in', 'the promise it resolves');
    }
  }
}

/**
 * Promises at calls (in `Semantics.callHooks`): `Promise.withResolvers()`, a call of a resolve
 * function, `Promise.resolve(x)` / `Promise.reject(x)` (a new promise holding `x`), and
 * `new Promise(executor)` (the executor runs at once, with the resolve functions).
 */
export const promiseCallHook: CallHook = {
  name: 'promises',
  beforeArguments(it, site) {
    return site.name === 'withResolvers' && isWithResolvers(it, site.callee) ? withResolvers(site.call) : undefined;
  },
  afterArguments(it, site, args) {
    const resolvers = resolversCalled(site.calleeValues, site.receiver, site.name);
    if (resolvers.length > 0) {
      resolvePromise(it, resolvers, args[0] ?? [], site.call);
      return [];
    }
    const holder = resolversHolder(it, site);
    if (!holder) return undefined;
    // A resolvers object the analysed code did not create: its promise is made elsewhere, so what
    // settles it is stored in the object, judged by where that object lives (stores.ts): a module
    // variable, a field of a long-lived object, a parameter's object outlive the scope.
    storeInto(it, holder.base, holder.bases, 'promise', args[0] ?? [], site.call, 'stored in', 'the promise it resolves');
    return [];
  },
  builtin(_it, site, args) {
    if (site.name !== 'resolve' && site.name !== 'reject') return undefined;
    const promise = createValue({ kind: 'fresh', origin: site.call, description: 'the promise created here' });
    addContent(promise, '*', args[0] ?? []);
    return [promise];
  },
  construct(it, site) {
    const executorNode = site.node.arguments?.[0];
    if (site.className !== 'Promise' || !executorNode) return undefined;
    const promise = createValue({ kind: 'fresh', origin: site.node, description: 'the promise created here' });
    const resolver = newResolver(executorNode, promise, 'the resolve function');
    const executor = it.eval(executorNode);
    for (const c of executor) if (c.kind === 'closure' && c.fn) invokeInline(it, c.fn, [[resolver], [resolver]], {});
    return [promise];
  },
};
