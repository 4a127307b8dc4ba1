import type * as ts from 'typescript';
import type { AnalysisContext } from './context.js';
import { deriveValue, readContent, type AbstractValue } from './values.js';

/**
 * Values by type: what cannot hold a reference carries no scope.
 *
 * A value whose static type is a primitive, a literal, an enum or a union of those is a copy,
 * whatever it was read from (a field of the registration data, `devres.access()` of a
 * `Devres<number>`, a guarded callback's `number` argument); so are the parts of a value whose
 * parts all have such types (`{ ...counters }`, `Object.values(counters)`, `for (const n of
 * samples)` where the fields or elements are numbers). Every tracked value gets a lazy test,
 * asked only where it matters (at a sink, see `carries` in values.ts), so a value that never
 * reaches a sink costs no type query.
 *
 * Invariants: the node a value is tested by has the value's own type (its origin: a parameter, a
 * call, a property read); the parts of a value are tested by the type of the value they are parts
 * of (`partsCarry`).
 */

/** A lazy test that a value of `node`'s type carries anything (see `AnalysisContext.carriesValue`). */
export function typedCarries(ctx: AnalysisContext, node: ts.Node): () => boolean {
  return () => ctx.carriesValue(node);
}

/** A lazy test that a part of a value of `node`'s type carries anything. */
export function partsCarry(ctx: AnalysisContext, node: ts.Node): () => boolean {
  return () => ctx.partsCarry(node);
}

/**
 * The parts of `values` (their properties and elements): what containers created in the analysed
 * code hold; for a scoped value, the borrowed driver data or a parameter (in a summary), a value
 * derived from it (same scope, provenance and parameter index) that carries only if the value's
 * type has a part that can. Other values have no parts the rules follow.
 */
export function partsOf(ctx: AnalysisContext, values: readonly AbstractValue[]): AbstractValue[] {
  const out: AbstractValue[] = [];
  for (const v of values) {
    if (v.kind === 'fresh' || v.kind === 'closure') {
      for (const inner of readContent(v, undefined)) if (!out.includes(inner)) out.push(inner);
    } else if (v.kind === 'scoped' || v.kind === 'driverData' || v.kind === 'param') {
      out.push(partOf(ctx, v));
    }
  }
  return out;
}

/** A part of a scoped value (or of the borrowed driver data): same scope, tested by the parts of its type. */
export function partOf(ctx: AnalysisContext, v: AbstractValue): AbstractValue {
  return deriveValue(v, v.origin, `a value reached through ${v.description}`, partsCarry(ctx, v.origin));
}

const onlyCopies = new WeakMap<ts.Node, boolean>();

/**
 * Whether a value of `node`'s type can hold only copies, never a reference: a primitive, an array
 * or tuple of such, or a standard-library generic (`Map<string, number>`, `MapIterator<string>`,
 * `Set<string>`) instantiated only with such types. A container of that type holds nothing a rule
 * follows, whatever the engine put into it (`[...byName.keys()]` of a `Map<string, Registration>`
 * holds strings): ownership and escapes do not flow through it. Memoised per node.
 */
export function holdsOnlyCopies(ctx: AnalysisContext, node: ts.Node): boolean {
  let known = onlyCopies.get(node);
  if (known === undefined) onlyCopies.set(node, (known = !madeByUserCode(ctx, node) && typeHoldsOnlyCopies(ctx, ctx.checker.getTypeAtLocation(node), 0)));
  return known;
}

const primitiveElements = new WeakMap<ts.Node, boolean>();

/**
 * Whether the new collection `node` evaluates to holds only primitives (or `[key, value]` entries
 * of primitives, which the call makes new): `Object.values(counts)` of a record of numbers,
 * `Object.entries(names)`, `ids.slice()` of a `number[]`. A collection whose elements are objects
 * holds those objects themselves, even when they hold only primitives (`Object.values(buckets)` of
 * a `Record<string, number[]>` holds the record's own arrays: sorting one sorts the record's).
 * Memoised per node.
 */
export function holdsOnlyPrimitives(ctx: AnalysisContext, node: ts.Node): boolean {
  let known = primitiveElements.get(node);
  if (known === undefined) primitiveElements.set(node, (known = !madeByUserCode(ctx, node) && typeHoldsPrimitives(ctx, ctx.checker.getTypeAtLocation(node), true)));
  return known;
}

/** `entries`: a tuple element (an entry made by the call) may hold primitives in turn. */
function typeHoldsPrimitives(ctx: AnalysisContext, type: ts.Type, entries: boolean): boolean {
  if (type.flags & ctx.ts.TypeFlags.Never) return false;
  if (type.isUnion()) return type.types.every((t) => typeHoldsPrimitives(ctx, t, entries));
  const args = containedTypes(ctx, type);
  return args !== undefined && args.every((t) => ctx.isPrimitive(t) || (entries && ctx.checker.isTupleType(t) && typeHoldsPrimitives(ctx, t, false)));
}

/**
 * The types of what a container type holds, when it is one whose instances hold only values of
 * its type arguments (an array, a tuple, a standard-library generic such as `Map<K, V>`): its
 * type arguments, none empty. `undefined` for any other type.
 */
function containedTypes(ctx: AnalysisContext, type: ts.Type): readonly ts.Type[] | undefined {
  const checker = ctx.checker;
  if (!checker.isArrayType(type) && !checker.isTupleType(type) && !declaredInStandardLibrary(ctx, type)) return undefined;
  const args = checker.getTypeArguments(type as ts.TypeReference);
  return args.length > 0 ? args : undefined;
}

/**
 * Whether `node` makes an object whose type is none of those `holdsOnlyCopies` accepts, known
 * without typing the expression: an object literal (never a primitive, an array or a library
 * generic), or `new C(…)` of a class declared outside the standard library.
 */
function madeByUserCode(ctx: AnalysisContext, node: ts.Node): boolean {
  const tsm = ctx.ts;
  if (tsm.isObjectLiteralExpression(node)) return true;
  if (!tsm.isNewExpression(node)) return false;
  const decls = ctx.symbolAt(node.expression)?.declarations ?? [];
  return decls.length > 0 && decls.every((d) => tsm.isClassLike(d) && !ctx.program.isSourceFileDefaultLibrary(d.getSourceFile()));
}

/**
 * Whether what `fn` returns can hold only copies, by its signature's return type (`number`,
 * `Promise<string>`, `void`): whatever it computed its result from, its caller receives a copy.
 * Asked by summaries, so a method returning `this.guard.parent.revision` hands back nothing, even
 * where the read's own type is left generic.
 */
export function returnsOnlyCopies(ctx: AnalysisContext, fn: ts.SignatureDeclaration): boolean {
  const signature = ctx.checker.getSignatureFromDeclaration(fn);
  if (!signature) return false;
  const type = ctx.checker.getReturnTypeOfSignature(signature);
  if (type.flags & ctx.ts.TypeFlags.Void || typeHoldsOnlyCopies(ctx, type, 0)) return true;
  // An async function's result is awaited by its caller: judge what the promise holds. Only a
  // type with a `then` can await to another (asking the checker for the awaited type of any
  // other costs it relation checks).
  if (!mayBeThenable(ctx, type)) return false;
  const awaited = ctx.checker.getAwaitedType(type);
  if (!awaited || awaited === type) return false;
  return (awaited.flags & ctx.ts.TypeFlags.Void) !== 0 || typeHoldsOnlyCopies(ctx, awaited, 0);
}

/** Whether `type` (or a member of the union it is) has a `then` property: a promise or another thenable. */
function mayBeThenable(ctx: AnalysisContext, type: ts.Type): boolean {
  const members = type.isUnion() ? type.types : [type];
  return members.some((t) => (t.flags & (ctx.ts.TypeFlags.Object | ctx.ts.TypeFlags.Intersection)) !== 0 && ctx.checker.getPropertyOfType(t, 'then') !== undefined);
}

function typeHoldsOnlyCopies(ctx: AnalysisContext, type: ts.Type, depth: number): boolean {
  // `never` is what an empty literal's elements are typed (`const regs: Registration[] = []` is a
  // `never[]` where it is written): it says nothing about what is put in later.
  if (type.flags & ctx.ts.TypeFlags.Never) return false;
  if (ctx.isPrimitive(type)) return true;
  if (depth > 4) return false;
  if (type.isUnion()) return type.types.every((t) => typeHoldsOnlyCopies(ctx, t, depth + 1));
  const args = containedTypes(ctx, type);
  return args !== undefined && args.every((t) => typeHoldsOnlyCopies(ctx, t, depth + 1));
}

/** A generic type reference whose declarations are all in the standard library (its instances hold only values of its type arguments). */
function declaredInStandardLibrary(ctx: AnalysisContext, type: ts.Type): boolean {
  if (!(type.flags & ctx.ts.TypeFlags.Object) || !((type as ts.ObjectType).objectFlags & ctx.ts.ObjectFlags.Reference)) return false;
  const decls = type.getSymbol()?.declarations ?? [];
  return decls.length > 0 && decls.every((d) => ctx.program.isSourceFileDefaultLibrary(d.getSourceFile()));
}

/**
 * Every value reachable from `values` through contents (see `reachable` in values.ts), except
 * through a container made in the analysed code whose type holds only copies (`holdsOnlyCopies`).
 * With `matters` (what the caller looks for, by kind: no type query of its own), a container's
 * contents are followed only when something under them matters, so the type query is asked only
 * where its answer can change the caller's.
 */
export function reachableByType(
  ctx: AnalysisContext,
  values: readonly AbstractValue[],
  matters?: (v: AbstractValue) => boolean,
): { value: AbstractValue; holders: AbstractValue[] }[] {
  const out: { value: AbstractValue; holders: AbstractValue[] }[] = [];
  const seen = new Set<AbstractValue>();
  const relevant = matters ? holdersOfWhatMatters(values, matters) : undefined;
  const stack: { value: AbstractValue; holders: AbstractValue[] }[] = values.map((value) => ({ value, holders: [] })).reverse();
  while (stack.length > 0) {
    const entry = stack.pop();
    if (!entry || seen.has(entry.value)) continue;
    const { value, holders } = entry;
    seen.add(value);
    out.push(entry);
    if (value.contents.size === 0) continue;
    const inner: AbstractValue[] = [];
    for (const slot of value.contents.values()) for (const v of slot) inner.push(v);
    // Asked only where it can matter (the type query is the cost): a container made here holding
    // something other than objects made here (which no copy type could hold). A closure is a
    // function, never a copy.
    if (relevant && !inner.some((v) => relevant.has(v))) continue;
    if (value.kind === 'fresh' && inner.some((v) => v.kind !== 'fresh') && holdsOnlyCopies(ctx, value.origin)) continue;
    for (let i = inner.length - 1; i >= 0; i--) stack.push({ value: inner[i] as AbstractValue, holders: [...holders, value] });
  }
  return out;
}

const reaching = new WeakMap<ts.Type, boolean>();

/**
 * Whether a value of `node`'s type can reach, through what it stores, anything a rule tracks: a
 * model type with a scope (by its own spec: a `Devres<Bar>` is a container fine anywhere), a function (a closure can capture anything), `any`/`unknown`/a type
 * parameter, or an object, array or standard-library generic one of whose stored members can.
 * Methods are not storage; getters are judged by their type. The borrowed driver data of `unbind`
 * is tracked only where its declared type can (a record of handles and counters holds nothing a
 * binding scopes). Memoised per type.
 */
export function reachesScopedType(ctx: AnalysisContext, node: ts.Node): boolean {
  const type = ctx.checker.getTypeAtLocation(node);
  let known = reaching.get(type);
  if (known === undefined) reaching.set(type, (known = typeReaches(ctx, type, new Set())));
  return known;
}

/** `visiting`: the types on the walk's path (a type met again adds nothing); deep types are taken to reach. */
function typeReaches(ctx: AnalysisContext, type: ts.Type, visiting: Set<ts.Type>): boolean {
  if (visiting.has(type)) return false;
  if (visiting.size > 6) return true;
  visiting.add(type);
  try {
    return computeReaches(ctx, type, visiting);
  } finally {
    visiting.delete(type);
  }
}

function computeReaches(ctx: AnalysisContext, type: ts.Type, visiting: Set<ts.Type>): boolean {
  const f = ctx.ts.TypeFlags;
  const checker = ctx.checker;
  if (type.flags & f.Never || ctx.isPrimitive(type)) return false;
  if (type.flags & (f.Any | f.Unknown | f.TypeParameter | f.NonPrimitive)) return true;
  if (type.isUnionOrIntersection()) return type.types.some((t) => typeReaches(ctx, t, visiting));
  // A model type by its own scope: a `Devres<Bar>` or a handle is fine anywhere, whatever it wraps.
  if (ctx.typeNameOf(type) !== undefined) return ctx.typeCarries(type);
  if (type.getCallSignatures().length > 0 || type.getConstructSignatures().length > 0) return true;
  if (checker.isArrayType(type) || checker.isTupleType(type) || declaredInStandardLibrary(ctx, type)) {
    const args = checker.getTypeArguments(type as ts.TypeReference);
    if (args.length > 0) return args.some((t) => typeReaches(ctx, t, visiting));
  }
  if (checker.getIndexInfosOfType(type).some((info) => typeReaches(ctx, info.type, visiting))) return true;
  const properties = checker.getPropertiesOfType(type);
  if (properties.length > 64) return true;
  return properties.some((p) => !isMethod(ctx, p) && typeReaches(ctx, checker.getTypeOfSymbol(p), visiting));
}

function isMethod(ctx: AnalysisContext, p: ts.Symbol): boolean {
  const decls = p.declarations ?? [];
  return decls.length > 0 && decls.every((d) => ctx.ts.isMethodDeclaration(d) || ctx.ts.isMethodSignature(d));
}

/** The values reachable from `values` that matter or hold (through contents) something that does. */
function holdersOfWhatMatters(values: readonly AbstractValue[], matters: (v: AbstractValue) => boolean): Set<AbstractValue> {
  const heldBy = new Map<AbstractValue, AbstractValue[]>();
  const seen = new Set<AbstractValue>();
  const work: AbstractValue[] = [];
  const stack = [...values];
  while (stack.length > 0) {
    const v = stack.pop() as AbstractValue;
    if (seen.has(v)) continue;
    seen.add(v);
    if (matters(v)) work.push(v);
    for (const slot of v.contents.values()) {
      for (const inner of slot) {
        const holders = heldBy.get(inner);
        if (holders) holders.push(v);
        else heldBy.set(inner, [v]);
        stack.push(inner);
      }
    }
  }
  const out = new Set<AbstractValue>();
  while (work.length > 0) {
    const v = work.pop() as AbstractValue;
    if (out.has(v)) continue;
    out.add(v);
    for (const h of heldBy.get(v) ?? []) work.push(h);
  }
  return out;
}

/** Kinds a place of a primitive declared type never holds: values followed by what they reach. */
const referenceKinds: ReadonlySet<AbstractValue['kind']> = new Set(['scoped', 'driverData', 'param', 'fresh', 'closure', 'external']);

/**
 * What a place keeps of `values` stored in it: a variable, a parameter or a property whose
 * declared type cannot hold a reference (`const raw: number = guard.parent.deviceId`, where the
 * read is `any`) holds a copy, whatever the stored expression's type, so nothing reached through
 * a scoped value is kept. The model's own objects (a guard, a registration, a device) are kept:
 * their obligations are followed by identity. `name`: the place's name (a declaration's name, an
 * assignment's target); only its annotation is asked, and only when a value could be dropped.
 */
export function keptByPlace(ctx: AnalysisContext, name: ts.Node, values: AbstractValue[]): AbstractValue[] {
  // Asked only where dropping something changes a finding: a tracked value, or a container or
  // closure holding one (the declared type is the cost).
  if (!values.some(holdsTracked)) return values;
  const type = declaredTypeOf(ctx, name);
  if (!type || !ctx.isPrimitive(type)) return values;
  return values.filter((v) => !referenceKinds.has(v.kind));
}

/**
 * What a value written as `node` (an argument a collection method inserts, `map.set(name, n)`)
 * carries of `values`: nothing followed by what it reaches when the expression's type cannot hold
 * a reference (a `string` key destructured out of a parameter's entries is a copy, not a part of
 * it), so storing it into another object makes that object hold nothing of where it was read.
 * Asked only when a value could be dropped.
 */
export function keptByValueType(ctx: AnalysisContext, node: ts.Node, values: AbstractValue[]): AbstractValue[] {
  if (!values.some(holdsTracked) || !ctx.isCopy(node)) return values;
  return values.filter((v) => !referenceKinds.has(v.kind));
}

/** Whether `v` is a value a rule follows, or holds one through its contents. */
function holdsTracked(v: AbstractValue): boolean {
  const seen = new Set<AbstractValue>();
  const stack = [v];
  while (stack.length > 0) {
    const x = stack.pop() as AbstractValue;
    if (seen.has(x)) continue;
    seen.add(x);
    if (x.kind === 'scoped' || x.kind === 'driverData' || x.kind === 'param' || x.kind === 'external') return true;
    for (const slot of x.contents.values()) for (const inner of slot) stack.push(inner);
  }
  return false;
}

/**
 * The declared type of the variable, parameter or property `name` declares or denotes: its
 * annotation's, or, for an assignment to an unannotated declaration, the type the checker gives
 * it (`let last = 0; … last = x`: `number`).
 */
function declaredTypeOf(ctx: AnalysisContext, name: ts.Node): ts.Type | undefined {
  const tsm = ctx.ts;
  const own = name.parent;
  if (own && (tsm.isVariableDeclaration(own) || tsm.isParameter(own)) && own.name === name) {
    // A binding without an annotation has the type of what initialises it, which the value's own
    // type already judges (so no inference is asked for here).
    return own.type ? ctx.checker.getTypeFromTypeNode(own.type) : undefined;
  }
  const symbol = ctx.symbolAt(name);
  const declaration = symbol?.valueDeclaration;
  if (!declaration || !symbol) return undefined;
  const place =
    tsm.isVariableDeclaration(declaration) || tsm.isParameter(declaration) || tsm.isPropertyDeclaration(declaration) || tsm.isPropertySignature(declaration);
  if (!place) return undefined;
  return declaration.type ? ctx.checker.getTypeFromTypeNode(declaration.type) : ctx.checker.getTypeOfSymbol(symbol);
}
