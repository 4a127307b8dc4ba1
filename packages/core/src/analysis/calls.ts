import type * as ts from 'typescript';
import type { TsModule } from '../engine.js';
import type { AnalysisContext } from './context.js';
import { memberNamesReaching } from '../program/member-names.js';
import { memberShortName } from '../model/spec.js';
import { deferredEscape, invokeInline } from './closures.js';
import { within, type CallSite, type ConstructSite, type Interpreter } from './interpreter.js';
import { skipParens } from './narrowing.js';
import { modelCall, checkRegisteredOnlyThroughCast, describedResultCall, kernelCall } from './model-calls.js';
import { mutatingCollectionMethods, reportMutation } from './mutation.js';
import { storeInto, shorten } from './stores.js';
import { applySummary } from './summary-apply.js';
import { getSummary } from './summary.js';
import { elementsForSure, positionsOf, recordElements, recordPositions } from './iteration.js';
import { reportedAtCall } from './call-site.js';
import { parameterCallResults } from './callback-results.js';
import { holdsOnlyPrimitives, keptByValueType, partsOf } from './value-kinds.js';
import { noteUses } from './uses.js';
import { boundInvocation, functionOf, heldMethod, returnsClosure } from './function-values.js';
import { addContent, createValue, isTracked, reachable, readContent, throughRegistration, union, type AbstractValue } from './values.js';

const deferringFunctions = new Set(['setTimeout', 'setInterval', 'setImmediate', 'queueMicrotask', 'nextTick', 'requestAnimationFrame', 'requestIdleCallback']);
const promiseCallbacks = new Set(['then', 'catch', 'finally']);
const listenerMethods = new Set(['addEventListener', 'on', 'once', 'addListener', 'prependListener', 'prependOnceListener']);
const freshResultMethods = new Set(['map', 'filter', 'flatMap', 'slice', 'concat', 'toSorted', 'toReversed', 'from', 'values', 'entries', 'keys', 'all', 'allSettled']);
const elementResultMethods = new Set(['find', 'findLast', 'at', 'pop', 'shift', 'get', 'reduce', 'reduceRight']);
/** `Object` functions that change only how an object may be changed and return that same object. */
const sameObjectFunctions = new Set(['freeze', 'seal', 'preventExtensions']);

/** The model type every receiver value is known to have, if they agree. */
function knownType(receiver: readonly AbstractValue[] | undefined): string | undefined {
  const first = receiver?.[0]?.modelType;
  return first !== undefined && receiver?.every((r) => r.modelType === first) ? first : undefined;
}

/**
 * The model member `name` of the model type one of the receiver's values is known to have, when
 * the receiver's static type does not say (`any`, as `Array.isArray` narrows a union with an
 * interface to): the type the value carries, or for a parameter itself, the model type its
 * declaration gives it. Asked only when the called name resolves to no symbol at all.
 */
function memberOfSomeType(it: Interpreter, receiver: readonly AbstractValue[] | undefined, name: string): string | undefined {
  const tsm = it.ts;
  for (const r of receiver ?? []) {
    const declared =
      r.modelType ?? (r.kind === 'param' && r.root === r && tsm.isParameter(r.origin) ? it.ctx.typeNameOf(it.ctx.checker.getTypeAtLocation(r.origin)) : undefined);
    const member = it.ctx.memberOfType(declared, name);
    if (member) return member;
  }
  return undefined;
}

/** Whether values carry anything a rule follows (not just containers and functions holding nothing). */
function relevant(values: readonly AbstractValue[]): boolean {
  if (values.length === 0) return false;
  return reachable(values).some(({ value }) => value.kind !== 'fresh' && value.kind !== 'closure' && value.kind !== 'external');
}

/** The name a callee expression calls (`f`, `o.m`, `o['m']`). */
function calleeName(tsm: TsModule, callee: ts.Expression): { name: string | undefined; nameNode: ts.Node | undefined } {
  if (tsm.isIdentifier(callee)) return { name: callee.text, nameNode: callee };
  if (tsm.isPropertyAccessExpression(callee)) return { name: callee.name.text, nameNode: callee.name };
  if (tsm.isElementAccessExpression(callee) && tsm.isStringLiteral(callee.argumentExpression)) {
    return { name: callee.argumentExpression.text, nameNode: callee.argumentExpression };
  }
  return { name: undefined, nameNode: undefined };
}

/**
 * Evaluates a call. `inlineUser`: a function with a body in another scope is interpreted here rather
 * than judged by its summary, for a call whose result is called at once (`keepIn(seen)(k, v)`): the
 * closure it returns then runs with what it captured from this call's arguments.
 */
export function evalCall(it: Interpreter, call: ts.CallExpression, inlineUser = false): AbstractValue[] {
  if (it.ts.isCallExpression(skipParens(it.ts, call.expression))) return reportedAtCall(it, call, () => evalCallHere(it, call, inlineUser));
  return evalCallHere(it, call, inlineUser);
}

function evalCallHere(it: Interpreter, call: ts.CallExpression, inlineUser: boolean): AbstractValue[] {
  const tsm = it.ts;
  const callee = skipParens(tsm, call.expression);
  let receiver: AbstractValue[] | undefined;
  let calleeValues: AbstractValue[] = [];
  if (tsm.isPropertyAccessExpression(callee) || tsm.isElementAccessExpression(callee)) {
    receiver = it.eval(callee.expression);
    if (tsm.isElementAccessExpression(callee)) it.eval(callee.argumentExpression);
  } else if (tsm.isCallExpression(callee)) {
    // A curried call: the closure the inner call returns is called with these arguments.
    calleeValues = evalCall(it, callee, true);
  } else {
    calleeValues = it.eval(callee);
  }
  const result = dispatchCall(it, call, callee, receiver, calleeValues, inlineUser);
  // In a summary, calling a parameter returns what the caller's callback returns (callback-results.ts).
  return it.mode === 'summary' ? union(result, parameterCallResults(it, call, calleeValues, receiver)) : result;
}

function dispatchCall(
  it: Interpreter,
  call: ts.CallExpression,
  callee: ts.Expression,
  receiver: AbstractValue[] | undefined,
  calleeValues: AbstractValue[],
  inlineUser: boolean,
): AbstractValue[] {
  const tsm = it.ts;
  const { name, nameNode } = calleeName(tsm, callee);
  const site = callSite(it, call, callee, name, nameNode, receiver, calleeValues);
  const hooks = it.semantics.callHooks;

  // The idioms recognised by their callee or receiver (a stack's methods, `f.bind(o)`, …: semantics.ts).
  for (const hook of hooks) {
    const result = hook.beforeArguments?.(it, site);
    if (result !== undefined) return result;
  }
  if (name && nameNode && it.ctx.modelMemberNames.has(name)) {
    const member =
      it.ctx.memberOfType(knownType(receiver), name) ??
      onModelType(it, receiver, name, memberCache, () => it.ctx.memberAt(nameNode)) ??
      (it.ctx.symbolAt(nameNode) === undefined ? memberOfSomeType(it, receiver, name) : undefined);
    const described = member ? it.ctx.model.spec.scopedResults[member] : undefined;
    if (described) return describedResultCall(it, call, receiver ?? [], described);
    if (member) return modelCall(it, member, call, receiver ?? [], callee);
  }
  if (name && receiver && it.ctx.registeredOnlyNames.has(name)) {
    checkRegisteredOnlyThroughCast(it, callee, receiver, name, call);
  }
  const args = site.args();

  const closures = calleeValues.filter((v) => v.kind === 'closure' && v.fn);
  if (closures.length > 0) {
    return union(
      ...closures.map((c) => {
        if (!c.fn) return [];
        const fn = c.fn;
        const bound = boundInvocation(c, args, receiver ?? []);
        const run = (): AbstractValue[] => invokeInline(it, fn, bound.args, { thisValues: bound.thisValues });
        // A closure made in another function (a factory's): what it does is this call's doing.
        const entry = it.frames[0]?.fn;
        return entry && !within(fn, entry) ? reportedAtCall(it, call, run) : run();
      }),
    );
  }
  for (const hook of hooks) {
    const result = hook.afterArguments?.(it, site, args);
    if (result !== undefined) return result;
  }

  const tracked = relevant(receiver ?? []) || args.some((a) => relevant(a));
  const kernelName = name !== undefined && it.ctx.modelMemberNames.has(name);
  if (!tracked && !kernelName && !inlineUser) {
    // Nothing that matters goes in; only a function that can reach the model can hand something back.
    const mayMatter = tsm.isIdentifier(callee) ? it.ctx.calleeMayMatter(call.getSourceFile(), callee.text) !== false : returnsModelValue(it, call, nameNode);
    if (!mayMatter) {
      if (name && runsCallbacks(it, name)) return builtinCall(it, site, receiver ?? [], args);
      invokeCallbacks(it, args);
      return [];
    }
  }
  const target = onModelType(it, receiver, name, targetCache, () => resolveCallee(it, callee, nameNode), (t) => t?.kind === 'model');
  const configured = configuredBehaviour(it, name, target);
  if (configured === 'safe') {
    invokeCallbacks(it, args);
    return [];
  }
  if (configured === 'escaping') {
    escapeArguments(it, call, name, args);
    return [];
  }
  if (target?.kind === 'model') {
    // Only the model's methods that return a scoped type need their result type looked at.
    if (kernelName) return kernelCall(it, call, receiver ?? []);
    invokeCallbacks(it, args);
    return [];
  }
  if ((target?.kind === 'local' || (inlineUser && target?.kind === 'user')) && target.fn.body) {
    return invokeInline(it, target.fn, args, { thisValues: receiver ?? [] });
  }
  if (target?.kind === 'user' && returnsClosure(it, target.fn) && target.fn.body) {
    // A factory: its closure must capture this call's arguments, so the body runs here (call-site.ts).
    const fn = target.fn;
    return reportedAtCall(it, call, () => invokeInline(it, fn, args, { thisValues: receiver ?? [] }));
  }
  if (target?.kind === 'user') {
    const summary = getSummary(it.ctx, target.fn, it.semantics);
    return applySummary(it, summary, target.fn, call, receiver ?? [], callee, args, name ?? 'the function');
  }
  // A callback that runs later (a timer's, `.then`'s, a listener's) runs whether or not anything
  // followed goes in: what it makes there (a registration) is judged as made by this function.
  if (!tracked && !(name && runsLater(name) && args.some((a) => a.some((v) => v.kind === 'closure')))) return [];
  return builtinCall(it, site, receiver ?? [], args);
}

/**
 * Whether a method call's result is declared as a model value a rule follows (a guard, a
 * registration): a method (`this.#enter()`, `Section.open(this.dev)`) can hand one back even when
 * nothing tracked goes in, as a top-level function of a file that reaches the model can. Only a
 * method declared in such a file can (the result's type is asked only then: it is the cost).
 */
function returnsModelValue(it: Interpreter, call: ts.CallExpression, nameNode: ts.Node | undefined): boolean {
  const ctx = it.ctx;
  if (!nameNode || !membersInReach(ctx).has((nameNode as ts.Identifier).text)) return false;
  const decls = ctx.symbolAt(nameNode)?.declarations ?? [];
  if (!decls.some((d) => ctx.reach.has(d.getSourceFile().fileName))) return false;
  const type = ctx.checker.getTypeAtLocation(call);
  return it.ctx.typeNameOf(type) !== undefined && it.ctx.typeCarries(type);
}

const reachMembers = new WeakMap<AnalysisContext, ReadonlySet<string>>();

/** The member names declared in the files that reach the model that can hand back a guard or a registration (program/member-names.ts), once per engine. */
function membersInReach(ctx: AnalysisContext): ReadonlySet<string> {
  let names = reachMembers.get(ctx);
  if (!names) {
    const spec = ctx.model.spec;
    const tokens = new Set<string>([
      memberShortName(spec.guard.type),
      ...spec.guard.open.map(memberShortName),
      ...spec.registrations.flatMap((r) => [memberShortName(r.type), memberShortName(r.create)]),
      ...ctx.scopedProperties,
    ]);
    names = memberNamesReaching(ctx.ts, [...ctx.reach].flatMap((f) => ctx.program.getSourceFile(f) ?? []), tokens);
    reachMembers.set(ctx, names);
  }
  return names;
}

/** The call as the hooks see it; its arguments are evaluated once, at the first ask. */
function callSite(
  it: Interpreter,
  call: ts.CallExpression,
  callee: ts.Expression,
  name: string | undefined,
  nameNode: ts.Node | undefined,
  receiver: readonly AbstractValue[] | undefined,
  calleeValues: readonly AbstractValue[],
): CallSite {
  let args: AbstractValue[][] | undefined;
  return { call, callee, name, nameNode, receiver, calleeValues, args: () => (args ??= evalArguments(it, call.arguments, call)) };
}

/** Whether a hook's built-in `name` runs its callbacks during the call (`arr.map(fn)`). */
function runsCallbacks(it: Interpreter, name: string): boolean {
  return it.semantics.callHooks.some((h) => h.runsCallbacks?.(name) === true);
}

/**
 * Evaluates call arguments. A variable passed as it is (`f(udev)`) is used by the call: a use after
 * move or release is reported at the call, like a helper's own use of it.
 */
function evalArguments(it: Interpreter, args: readonly ts.Expression[], call?: ts.Node): AbstractValue[][] {
  const tsm = it.ts;
  return args.map((a) => {
    if (tsm.isSpreadElement(a)) return it.elementsOf(it.eval(a.expression));
    const direct = call !== undefined && tsm.isIdentifier(skipParens(tsm, a));
    const before = it.useSite;
    if (direct) it.useSite = call;
    try {
      return it.eval(a);
    } finally {
      it.useSite = before;
    }
  });
}

const memberCache = new WeakMap<AnalysisContext, Map<string, string | undefined>>();
const targetCache = new WeakMap<AnalysisContext, Map<string, CalleeTarget | undefined>>();

/**
 * What a method call on a receiver whose values are all of one model type resolves to (its
 * member's spec name, or its target), asked of the checker (`resolve`) once per type and method
 * name: such a value is an instance of that model type (a class the analysed code extends has
 * types of its own), so the method it runs is that type's, wherever the call is. Other receivers
 * are resolved at each call, and so is an answer `keep` rejects (one that depends on the call site).
 */
function onModelType<T>(
  it: Interpreter,
  receiver: readonly AbstractValue[] | undefined,
  name: string | undefined,
  caches: WeakMap<AnalysisContext, Map<string, T>>,
  resolve: () => T,
  keep: (answer: T) => boolean = () => true,
): T {
  const type = knownType(receiver);
  if (type === undefined || name === undefined) return resolve();
  let cache = caches.get(it.ctx);
  if (!cache) caches.set(it.ctx, (cache = new Map()));
  const key = `${type}#${name}`;
  if (cache.has(key)) return cache.get(key) as T;
  const resolved = resolve();
  if (keep(resolved)) cache.set(key, resolved);
  return resolved;
}

type CalleeTarget =
  | { readonly kind: 'model'; readonly decl: ts.Node }
  | { readonly kind: 'external'; readonly decl: ts.Node }
  | { readonly kind: 'local' | 'user'; readonly fn: ts.FunctionLikeDeclaration };

/** What a call calls: a model API, a declaration without a body we can see, or a function body. */
function resolveCallee(it: Interpreter, callee: ts.Expression, nameNode: ts.Node | undefined): CalleeTarget | undefined {
  const ctx = it.ctx;
  const symbol = ctx.symbolAt(nameNode ?? callee);
  const decls = symbol?.declarations ?? [];
  if (decls.length === 0) return undefined;
  const first = decls[0];
  if (first && ctx.isModelDeclaration(first)) return { kind: 'model', decl: first };
  for (const d of decls) {
    const fn = functionOf(it, d);
    if (!fn) continue;
    if (ctx.isExternalDeclaration(fn)) return { kind: 'external', decl: fn };
    if (!fn.body) continue;
    return bodyTarget(it, fn);
  }
  // A signature of the analysed code (an interface's method): what runs is the member of the value held.
  if (first && nameNode && isBodilessSignature(it.ts, first) && !ctx.isExternalDeclaration(first)) {
    const held = heldMethod(it, callee, (nameNode as ts.Identifier).text);
    if (held?.body && !ctx.isExternalDeclaration(held)) return bodyTarget(it, held);
  }
  return first ? { kind: 'external', decl: first } : undefined;
}

/** A function with a body: nested in a function being interpreted (run inline), or elsewhere (by its summary). */
function bodyTarget(it: Interpreter, fn: ts.FunctionLikeDeclaration): CalleeTarget {
  const local = it.frames.some((f) => !it.ts.isSourceFile(f.fn) && within(fn, f.fn));
  return { kind: local ? 'local' : 'user', fn };
}

/** A member declared without a body: a method or property signature, an abstract or overload method. */
function isBodilessSignature(tsm: TsModule, d: ts.Declaration): boolean {
  return tsm.isMethodSignature(d) || tsm.isPropertySignature(d) || (tsm.isMethodDeclaration(d) && !d.body);
}

/**
 * Where a built-in method's receiver and arguments are written, when not where a plain method call
 * has them: `Array.prototype.push.call(list, x)` pushes into `list` (function-methods.ts).
 */
export interface MethodOperands {
  readonly receiver: ts.Expression;
  readonly args: readonly ts.Expression[];
}

/**
 * A call of a built-in (a callee without a body): what it stores, changes, defers or returns.
 * `operands`: the receiver and arguments are written elsewhere than `site.callee` and `site.call`
 * say (a built-in method called through `call` / `apply`).
 */
export function builtinCall(it: Interpreter, site: CallSite, receiver: AbstractValue[], args: AbstractValue[][], operands?: MethodOperands): AbstractValue[] {
  const tsm = it.ts;
  const { call, callee, name } = site;
  const receiverExpr = operands
    ? operands.receiver
    : tsm.isPropertyAccessExpression(callee) || tsm.isElementAccessExpression(callee)
      ? callee.expression
      : undefined;
  const argNodes = operands?.args ?? call.arguments;
  if (name && receiverExpr && mutatingCollectionMethods.has(name)) {
    reportMutation(it, receiver, call, `\`${shorten(call.getText())}\` changes it`);
  }
  if (name && receiverExpr) {
    const range =
      name === 'push' || name === 'unshift' || name === 'fill'
        ? [0]
        : name === 'splice'
          ? [2]
          : name === 'set'
            ? [0, 2]
            : name === 'add'
              ? [0, 1]
              : undefined;
    const inserted = range ? insertedByType(it, args, argNodes, range[0] ?? 0, range[1]) : undefined;
    if (inserted) {
      const verb = name === 'add' ? 'added to' : name === 'set' ? 'stored in' : 'pushed into';
      storeInto(it, receiverExpr, receiver, '*', inserted, call, verb, receiverExpr.getText());
      return name === 'set' ? receiver : [];
    }
  }
  if (name && (deferringFunctions.has(name) || promiseCallbacks.has(name))) {
    deferredEscape(it, argNodes, args, promiseCallbacks.has(name) ? `.${name}` : name);
    return [];
  }
  if (name && listenerMethods.has(name)) {
    if (!receiver.some((r) => r.kind === 'fresh')) {
      deferredEscape(it, argNodes, args, name);
      return [];
    }
    // A listener on an emitter made here is kept by it: it goes where the emitter goes (ownership.ts).
    if (receiverExpr) storeInto(it, receiverExpr, receiver, '*', args.flat(), call, 'stored in', receiverExpr.getText());
  }
  const first = argNodes[0];
  if (name === 'assign' && args.length > 1 && first) {
    const target = args[0] ?? [];
    reportMutation(it, target, call, `\`${shorten(call.getText())}\` changes it`);
    storeInto(it, first, target, '*', args.slice(1).flatMap((a) => spreadOf(a)), call, 'stored in', first.getText());
    return target;
  }
  if (name === 'fromEntries' && receiver.length === 0 && first) return [objectFromEntries(it, call, args[0] ?? [])];
  // `Object.freeze(data)` is `data` itself, frozen: what it holds, the result holds.
  if (name && sameObjectFunctions.has(name) && receiver.length === 0 && first && receiverExpr && isGlobalObject(it, receiverExpr)) return args[0] ?? [];
  for (const hook of it.semantics.callHooks) {
    const result = hook.builtin?.(it, site, args);
    if (result !== undefined) return result;
  }
  const elements = receiver.length > 0 ? it.elementsOf(receiver) : [];
  if (!name || !runsCallbacks(it, name)) {
    invokeCallbacks(it, args);
    if (it.ctx.options.unknownCalleesEscape) escapeArguments(it, call, name, args, 'whose body bindsafe cannot see', argNodes);
  }
  if (name && freshResultMethods.has(name)) {
    const result = createValue({ kind: 'fresh', origin: call, description: 'the array created here' });
    // A result typed to hold only primitives (`map.keys()` of string keys) holds none of the receiver's values.
    const copied = copiedInto(it, name, receiver, elements, args);
    if (copied.length > 0 && !holdsOnlyPrimitives(it.ctx, call)) addContent(result, '*', isObjectEntries(name, receiver) ? [entryOf(call, copied)] : copied);
    return [result];
  }
  if (name && elementResultMethods.has(name)) {
    // `udevs.at(0)`, `map.get(k)`: reading an element of a container is a use of it (access-paths.ts).
    if (receiver.some((r) => r.kind === 'fresh')) noteUses(it, elements, call);
    return elements;
  }
  return [];
}

/**
 * The arguments `from`…`to` a collection method inserts, each by its own type: a primitive key or
 * value is a copy of what it was read from (`keptByValueType`).
 */
function insertedByType(it: Interpreter, args: readonly AbstractValue[][], argNodes: readonly ts.Expression[], from: number, to?: number): AbstractValue[] {
  return args.slice(from, to).flatMap((a, i) => {
    const node = argNodes[from + i];
    return node && !it.ts.isSpreadElement(node) ? keptByValueType(it.ctx, node, a) : a;
  });
}

/** Whether the built-in `name` keeps the callbacks it is given for later (a timer, `.then`, a listener). */
function runsLater(name: string): boolean {
  return deferringFunctions.has(name) || promiseCallbacks.has(name) || listenerMethods.has(name);
}

/** Whether `expr` names the global `Object` (declared by the default library, not a local of that name). */
function isGlobalObject(it: Interpreter, expr: ts.Expression): boolean {
  if (!it.ts.isIdentifier(expr) || expr.text !== 'Object') return false;
  const declarations = it.ctx.symbolAt(expr)?.declarations ?? [];
  return declarations.length > 0 && declarations.every((d) => it.ctx.isExternalDeclaration(d));
}

/** Callbacks given to a callee whose body we cannot see are taken to run during the call. */
function invokeCallbacks(it: Interpreter, args: readonly (readonly AbstractValue[])[]): void {
  for (const a of args) for (const c of a) if (c.kind === 'closure' && c.fn && !it.escaped.has(c)) invokeInline(it, c.fn, [], {});
}

/** Every tracked argument leaves its scope at the call (configured escaping functions, unknown callees by option). */
function escapeArguments(
  it: Interpreter,
  call: ts.CallExpression,
  name: string | undefined,
  args: AbstractValue[][],
  why = 'which is configured to keep its arguments',
  argNodes: readonly ts.Expression[] = call.arguments,
): void {
  argNodes.forEach((_arg, i) => {
    for (const { value, holders } of reachable(args[i] ?? [])) {
      if (value.kind === 'registration') it.accountedRegistrations.add(value);
      if (isTracked(value, it.mode) && !throughRegistration(holders)) it.escape(value, call, `it is passed to \`${name ?? 'a function'}\`, ${why}`, holders);
    }
  });
}

/** The user's configuration for a callee: `safeFunctions` borrow, `escapingFunctions` keep. */
function configuredBehaviour(it: Interpreter, name: string | undefined, target: CalleeTarget | undefined): 'safe' | 'escaping' | undefined {
  const { safeFunctions, escapingFunctions } = it.ctx.options;
  if (!name || (!safeFunctions?.length && !escapingFunctions?.length)) return undefined;
  const names = [name];
  const decl = !target ? undefined : 'fn' in target ? target.fn : target.decl;
  const owner = decl?.parent;
  if (owner && (it.ts.isClassLike(owner) || it.ts.isInterfaceDeclaration(owner)) && owner.name) names.push(`${owner.name.text}.${name}`);
  if (names.some((n) => escapingFunctions?.includes(n))) return 'escaping';
  if (names.some((n) => safeFunctions?.includes(n))) return 'safe';
  return undefined;
}

/**
 * What a built-in that makes a new array copies into it: `Object.values(x)` / `Object.entries(x)`
 * the parts of `x` (copies, when its fields are primitives), `Object.keys(x)` only strings, the
 * others the receiver's elements and their arguments.
 */
function copiedInto(it: Interpreter, name: string, receiver: readonly AbstractValue[], elements: AbstractValue[], args: readonly AbstractValue[][]): AbstractValue[] {
  if (receiver.length === 0 && (name === 'values' || name === 'entries')) return partsOf(it.ctx, args[0] ?? []);
  if (receiver.length === 0 && name === 'keys') return [];
  return union(elements, ...args.map((a) => spreadOf(a)));
}

/** `Object.entries(x)`: its elements are `[key, value]` pairs it makes. */
function isObjectEntries(name: string, receiver: readonly AbstractValue[]): boolean {
  return name === 'entries' && receiver.length === 0;
}

/**
 * The `[key, value]` pair `Object.entries(x)` makes for each property (one value stands for all of
 * them): a new array holding the key (a string) at 0 and the property's value at 1.
 */
function entryOf(call: ts.CallExpression, values: readonly AbstractValue[]): AbstractValue {
  const pair = createValue({ kind: 'fresh', origin: call, description: 'an entry `[key, value]` created here' });
  addContent(pair, '*', values);
  recordPositions(pair, { at: [[], [...values]], exact: true });
  return pair;
}

/**
 * `Object.fromEntries(entries)`: a new object whose values are the entries' values. Each entry
 * is a `[key, value]` pair (an element of `entries`), so the object holds the pairs' elements;
 * the keys are strings and carry nothing.
 */
function objectFromEntries(it: Interpreter, call: ts.CallExpression, entries: readonly AbstractValue[]): AbstractValue {
  const result = createValue({ kind: 'fresh', origin: call, description: 'the object created here' });
  const pairs = it.elementsOf(entries);
  addContent(result, '*', union(pairs.filter((p) => p.kind !== 'fresh'), it.elementsOf(pairs.filter((p) => p.kind === 'fresh'))));
  return result;
}

/** The Maps `new Map(…)` made: an element of one is a value it holds, not an entry. */
const mapsMadeHere = new WeakSet<AbstractValue>();

/**
 * What `new Map(entries)` holds: the keys and values of its entries, so that `get` gives the value
 * an entry put there. An entry whose positions are known (`[key, value]` written there, a pair
 * `Object.entries(x)` makes) holds them at 0 and 1; one whose positions are not, any of its
 * elements. Copying another Map (`new Map(other)`) holds its values as they are; an element that
 * is no array bindsafe knows of is held as it is.
 */
function mapEntriesHeld(it: Interpreter, entries: readonly AbstractValue[]): AbstractValue[] {
  const out: AbstractValue[] = [];
  for (const source of entries) {
    for (const e of it.elementsOf([source])) {
      if (mapsMadeHere.has(source) || e.kind !== 'fresh') {
        if (!out.includes(e)) out.push(e);
        continue;
      }
      const positions = positionsOf(e);
      const held = positions && (positions.exact || positions.at.length >= 2) ? [...(positions.at[0] ?? []), ...(positions.at[1] ?? [])] : it.elementsOf([e]);
      for (const v of held) if (!out.includes(v)) out.push(v);
    }
  }
  return out;
}

function spreadOf(values: readonly AbstractValue[]): AbstractValue[] {
  return union(values, ...values.map((v) => (v.kind === 'fresh' ? readContent(v, undefined) : [])));
}

export function evalNew(it: Interpreter, node: ts.NewExpression): AbstractValue[] {
  const tsm = it.ts;
  const ctx = it.ctx;
  const expr = node.expression;
  const nameNode = tsm.isPropertyAccessExpression(expr) ? expr.name : expr;
  const className = tsm.isIdentifier(nameNode) ? nameNode.text : undefined;
  if (className && ctx.modelMemberNames.has(className)) {
    const member = ctx.memberAt(nameNode);
    if (member) return modelCall(it, member, node, [], expr);
  }
  const site = constructSite(it, node, className, nameNode);
  // The classes of the idioms (disposable stacks, `Promise`, …: semantics.ts).
  for (const hook of it.semantics.callHooks) {
    const result = hook.construct?.(it, site);
    if (result !== undefined) return result;
  }
  const args = site.args();
  const result = createValue({ kind: 'fresh', origin: node, description: `the \`${shorten(expr.getText())}\` created here` });
  const symbol = ctx.symbolAt(nameNode);
  const classDecl = symbol?.declarations?.find((d) => tsm.isClassDeclaration(d) || tsm.isClassExpression(d)) as
    | ts.ClassLikeDeclaration
    | undefined;
  if (classDecl && ctx.isModelDeclaration(classDecl)) return [];
  if (!classDecl || ctx.isExternalDeclaration(classDecl)) {
    if (className === 'Map') {
      addContent(result, '*', mapEntriesHeld(it, args[0] ?? []));
      mapsMadeHere.add(result);
    } else for (const a of args) addContent(result, '*', spreadOf(a));
    // `new Set(elements)` holds for sure what its argument does (iteration.ts).
    if (className === 'Set') recordElements(result, elementsForSure(args[0] ?? []));
    return [result];
  }
  const ctor = classDecl.members.find((m): m is ts.ConstructorDeclaration => tsm.isConstructorDeclaration(m) && !!m.body);
  if (!ctor) return [result];
  const summary = getSummary(ctx, ctor, it.semantics);
  applySummary(it, summary, ctor, node, [result], expr, args, className ?? 'the constructor');
  return [result];
}

/** `new C(…)` as the hooks see it; its arguments are evaluated once, at the first ask. */
function constructSite(it: Interpreter, node: ts.NewExpression, className: string | undefined, nameNode: ts.Node): ConstructSite {
  let args: AbstractValue[][] | undefined;
  return { node, className, nameNode, args: () => (args ??= evalArguments(it, node.arguments ?? [], node)) };
}
