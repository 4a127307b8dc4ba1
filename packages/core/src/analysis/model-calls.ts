import type * as ts from 'typescript';
import { functionOf } from './function-values.js';
import { inDeferredCallback, invokeDeferred, invokeInline, madeBeforeDeferred } from './closures.js';
import { isDiscarded } from './guard-checks.js';
import type { Interpreter } from './interpreter.js';
import { reportMutation } from './mutation.js';
import { usingBlockOf } from './using.js';
import { stripCasts, uninitByType } from './casts.js';
import { addContent, createValue, deriveValue, isScoped, reachable, union, type AbstractValue, type RelatedNode } from './values.js';
import { memberShortName } from '../model/spec.js';
import { operandsOf, provenResult } from './proofs.js';
import { variablePlace } from './registration-places.js';
import { dischargeAlong } from './field-obligations.js';

type CallLike = ts.CallExpression | ts.NewExpression;

/** The semantics of one model API call, by its spec name. */
export function modelCall(it: Interpreter, member: string, call: CallLike, receiver: AbstractValue[], callee: ts.Expression): AbstractValue[] {
  const spec = it.ctx.model.spec;
  const argNodes = call.arguments ?? [];
  const move = spec.moves.find((m) => m.member === member);
  const args = argNodes.map((a, i) => {
    if (move && i === move.movedArgument) {
      it.suppressMoveUses = true;
      try {
        return it.eval(a);
      } finally {
        it.suppressMoveUses = false;
      }
    }
    return it.ts.isSpreadElement(a) ? it.elementsOf(it.eval(a.expression)) : it.eval(a);
  });
  const shortName = memberShortName(member);

  if (spec.registeredOnly.includes(member)) checkRegisteredReceiver(it, receiver, call, shortName, callee);

  if (spec.guard.open.includes(member)) return openGuard(it, call);
  if (spec.guard.close.includes(member)) {
    release(it, receiver, call);
    return [];
  }
  const guarded = spec.guardedCallbacks.find((g) => g.member === member);
  if (guarded) {
    return runCallback(it, argNodes[guarded.callbackArgument], args[guarded.callbackArgument] ?? [], {
      section: { params: guarded.sectionParameters, callee: shortName },
    });
  }
  const bound = spec.boundCallbacks.find((b) => b.member === member);
  if (bound) {
    return runCallback(it, argNodes[bound.callbackArgument], args[bound.callbackArgument] ?? [], {
      bound: { params: bound.boundParameters, callee: shortName },
    });
  }
  const proofs = spec.derivedResults[member];
  if (proofs || spec.boundResults.includes(member)) {
    // Binding-scoped whatever its type, or scoped by its type; never longer than its proofs.
    const own = spec.boundResults.includes(member) ? 'binding' : it.ctx.scopeOfType(it.ctx.checker.getTypeAtLocation(call));
    const description = spec.boundResults.includes(member)
      ? `the value \`${shortName}()\` returned`
      : `the \`${it.ctx.checker.typeToString(it.ctx.checker.getTypeAtLocation(call))}\` returned by \`${call.expression.getText()}\``;
    return provenResult(it, call, own, operandsOf(proofs, receiver, args), description);
  }
  if (move) consume(it, args[move.movedArgument] ?? [], call);
  const ownership = spec.ownership.find((o) => o.member === member);
  // A `Devres` and a value handed to `devres.register` own the registrations they reach: devres is
  // released at unbind before the bus looks for live registrations (docs/model.md, teardown order).
  if (ownership) {
    for (const i of ownership.ownedArguments) {
      for (const { value } of reachable(args[i] ?? [])) if (value.kind === 'registration') it.accountedRegistrations.add(value);
    }
  }
  const registration = spec.registrations.find((r) => r.create === member);
  if (registration) {
    const reg = createValue({
      kind: 'registration',
      origin: call,
      description: `the ${registration.label} created here`,
      label: registration.label,
      modelType: registration.type,
    });
    for (const i of ownership?.ownedArguments ?? []) addContent(reg, '*', args[i] ?? []);
    noteNewRegistration(it, reg, call);
    return [reg];
  }
  const dropped = spec.registrations.find((r) => r.drop.includes(member));
  if (dropped) {
    drop(it, withVariablePlace(it, receiver, callee, dropped), call);
    return [];
  }
  const ofDevice = spec.registrations.find((r) => r.device === member);
  if (ofDevice) {
    return withVariablePlace(it, receiver, callee, ofDevice)
      .filter((r) => r.kind === 'registration' || r.kind === 'param')
      .map((r) =>
        createValue({ kind: 'registeredDevice', origin: call, description: 'the device of the registration', registration: r, modelType: 'drm.Device' }),
      );
  }
  if (member === `${spec.movableType}.new`) {
    return [createValue({ kind: 'unregistered', origin: call, description: 'the unregistered device created here', modelType: spec.movableType })];
  }
  if (spec.retypes.includes(member)) {
    return receiver
      .filter((r) => r.kind === 'unregistered' || r.kind === 'param')
      .map((r) => deriveValue(r, call, `${r.description}, re-typed by \`${shortName}()\``, undefined, 'drm.Device'));
  }
  const irq = spec.bindingOwnedCallbacks.find(([m]) => m === member);
  if (irq) return bindingOwnedCallback(it, call, argNodes[irq[1]], args[irq[1]] ?? []);
  if (spec.externalResults.includes(member)) {
    // A user object the model keeps for the device (a file's private data): it outlives scopes.
    return [createValue({ kind: 'external', origin: call, description: `the object \`${call.expression.getText()}()\` returns` })];
  }
  return [];
}

/**
 * The receiver of a registration's method, with the registration its variable denotes when nothing
 * the engine followed flows into it (registration-places.ts).
 */
function withVariablePlace(
  it: Interpreter,
  receiver: AbstractValue[],
  callee: ts.Expression,
  registration: { readonly label: string; readonly type: string },
): AbstractValue[] {
  const tsm = it.ts;
  if (receiver.some((r) => r.kind === 'registration' || r.kind === 'param')) return receiver;
  if (!tsm.isPropertyAccessExpression(callee)) return receiver;
  let expr: ts.Expression = callee.expression;
  while (tsm.isParenthesizedExpression(expr) || tsm.isNonNullExpression(expr)) expr = expr.expression;
  if (!tsm.isIdentifier(expr)) return receiver;
  const value = variablePlace(it, expr, registration);
  return value ? [...receiver, value] : receiver;
}

/**
 * A method whose result the spec describes, on a value whose model type is known: no checker.
 * (`asRef` gives the same object as a `device.Device`; `unsafeAsBound` a bound device.)
 */
export function describedResultCall(
  it: Interpreter,
  call: ts.CallExpression,
  receiver: readonly AbstractValue[],
  result: { readonly result: 'receiver' | 'device' | 'binding'; readonly type: string },
): AbstractValue[] {
  for (const a of call.arguments) it.eval(a);
  const description = `the \`${result.type}\` returned by \`${call.expression.getText()}\``;
  if (result.result === 'device') return [];
  if (result.result === 'receiver') {
    return receiver.filter((r) => isScoped(r) || r.kind === 'param').map((r) => deriveValue(r, call, description, undefined, result.type));
  }
  return [
    createValue({ kind: 'scoped', origin: call, description, modelType: result.type, scope: 'binding', rule: 'bound', region: rootFunction(it) }),
  ];
}

/** A call into the model that the spec does not describe: its result has the scope its type gives. */
export function kernelCall(it: Interpreter, call: ts.CallExpression, receiver: AbstractValue[]): AbstractValue[] {
  const ctx = it.ctx;
  const type = ctx.checker.getTypeAtLocation(call);
  const scope = ctx.scopeOfType(type);
  if (!scope || scope === 'device') return [];
  const description = `the \`${ctx.checker.typeToString(type)}\` returned by \`${call.expression.getText()}\``;
  const base = receiver.find((r) => isScoped(r) || r.kind === 'param');
  const modelType = ctx.typeNameOf(type);
  // The same object seen again (`asRef()`) keeps its provenance; another one has the scope its
  // type gives, and no longer than the receiver it was obtained from (proofs.ts).
  if (base && (base.kind === 'param' || base.scope === scope)) return [deriveValue(base, call, description, undefined, modelType)];
  return provenResult(it, call, scope, [receiver], description, modelType);
}

function rootFunction(it: Interpreter): ts.Node {
  return it.frames[0]?.fn ?? it.frame.fn;
}

function openGuard(it: Interpreter, call: CallLike): AbstractValue[] {
  const guard = newGuard(it, call, 'the unbind guard taken here');
  return guard ? [guard] : [];
}

/**
 * The guard `call` takes: released at the end of its `using` block, or owed by the current frame.
 * A call whose result is discarded takes none (it is reported).
 */
export function newGuard(it: Interpreter, call: CallLike, description: string, through?: readonly RelatedNode[]): AbstractValue | undefined {
  if (isDiscarded(it.ts, call)) {
    it.emit({ type: 'discardedGuard', at: call });
    return undefined;
  }
  const block = usingBlockOf(it.ts, call);
  const guard = createValue({
    kind: 'guard',
    origin: call,
    modelType: it.ctx.model.spec.guard.type,
    description,
    scope: 'section',
    rule: 'guard',
    region: block ?? it.frame.fn,
    ...(through ? { through } : {}),
  });
  it.state.markBorn(guard);
  if (block) it.usingGuards.add(guard);
  else it.frame.guards.push(guard);
  return guard;
}

/**
 * Records a registration `call` creates in the root frame; declared with `using`, it is accounted
 * for, unless it is held inside the object the call returns and that object's own dispose method
 * is what the declaration runs (`inside`): that drops it only if the method drops it (disposal.ts).
 */
export function noteNewRegistration(it: Interpreter, registration: AbstractValue, call: CallLike, inside = false): void {
  if (!inside && usingBlockOf(it.ts, call)) it.accountedRegistrations.add(registration);
  it.state.markPending(registration);
  it.frames[0]?.registrations.push(registration);
}

/** Releases the guards (and guard parameters) among `values` at `at`. */
export function release(it: Interpreter, values: readonly AbstractValue[], at: ts.Node): void {
  for (const g of values) if (g.kind === 'guard' || g.kind === 'param') it.state.release(g, at);
  // In a summary, a guard read through a parameter's field (`this.guard`) is what the caller's object holds there.
  dischargeAlong(it, values, at, 'release');
}

function drop(it: Interpreter, receiver: readonly AbstractValue[], call: ts.Node): void {
  reportMutation(it, receiver, call, `\`${call.getText().replace(/\s+/g, ' ')}\` drops what it owns`, true);
  dropAll(it, receiver, call);
}

/**
 * Drops the registrations (and registration parameters) among `values` at `at`: they are accounted
 * for on the paths through here (obligations.ts), or wholly when the drop is in a callback that
 * runs later (a timer's: its paths are not the caller's) of a registration made before it; one
 * the callback makes itself is judged on the callback's paths (`invokeDeferred`).
 */
export function dropAll(it: Interpreter, values: readonly AbstractValue[], at: ts.Node): void {
  for (const r of values) {
    if (r.kind === 'registration' || r.kind === 'param') {
      it.state.drop(r, at);
      it.droppedRegistrations.add(r);
      if (inDeferredCallback() && madeBeforeDeferred(it, r)) it.accountedRegistrations.add(r);
    }
  }
  dischargeAlong(it, values, at, 'drop');
}

/** `x[Symbol.dispose]()`: releases a guard, drops a registration, and is a mutation of borrowed data. */
export function disposeValues(it: Interpreter, receiver: readonly AbstractValue[], call: ts.Node): void {
  release(it, receiver.filter((r) => r.kind === 'guard'), call);
  dischargeAlong(it, receiver, call, 'release');
  drop(it, receiver, call);
}

/** The registration consumes the unregistered device: using it again is a use after move. */
function consume(it: Interpreter, values: readonly AbstractValue[], call: ts.Node): void {
  for (const v of values) {
    if (v.kind !== 'unregistered' && !(it.mode === 'summary' && v.kind === 'param')) continue;
    const previous = it.state.movedAt(v.root);
    if (previous && v.kind === 'unregistered') {
      const key = `registeredTwice:${v.root.id}`;
      if (!it.reportedUses.has(key)) {
        it.reportedUses.add(key);
        it.emit({ type: 'registeredTwice', value: v, use: call, at: previous });
      }
    } else {
      it.state.move(v.root, call);
    }
  }
}

function checkRegisteredReceiver(it: Interpreter, receiver: readonly AbstractValue[], call: ts.Node, op: string, callee: ts.Expression): void {
  if (it.mode === 'report' && !receiver.some((v) => v.kind === 'unregistered' || v.kind === 'registeredDevice')) {
    // Nothing known flows in: a cast right at the call may still hide an unregistered device.
    const underCast = castOperand(it, callee);
    if (underCast) it.emit({ type: 'registeredOpOnUninit', value: underCast, use: call, op, how: howRetyped(callee) });
  }
  for (const v of receiver) {
    if (v.kind === 'registeredDevice' && v.registration) {
      const dropped = it.state.droppedAt(v.registration);
      if (dropped) it.emit({ type: 'useAfterDrop', value: v, use: call, at: dropped, op });
    } else if (v.kind === 'unregistered') {
      it.emit({ type: 'registeredOpOnUninit', value: v, use: call, op, how: howRetyped(callee) });
    } else if (it.mode === 'summary' && v.kind === 'param' && v.paramIndex !== undefined && !it.paramRegisteredOps.has(v.paramIndex)) {
      it.paramRegisteredOps.set(v.paramIndex, { node: call, op });
    }
  }
}

/**
 * A registered-only operation called where the checker could not resolve it (an `any`, a cast):
 * reported when the receiver is, underneath, an unregistered device.
 */
export function checkRegisteredOnlyThroughCast(
  it: Interpreter,
  callee: ts.Expression,
  receiver: readonly AbstractValue[],
  op: string,
  call: ts.Node,
): void {
  const unregistered = receiver.filter((v) => v.kind === 'unregistered');
  if (unregistered.length > 0) {
    for (const v of unregistered) it.emit({ type: 'registeredOpOnUninit', value: v, use: call, op, how: howRetyped(callee) });
    return;
  }
  const value = castOperand(it, callee);
  if (value) it.emit({ type: 'registeredOpOnUninit', value, use: call, op, how: howRetyped(callee) });
}

/** For `(x as T).op()`: the unregistered device `x` is by its type (asked only when there is a cast). */
function castOperand(it: Interpreter, callee: ts.Expression): AbstractValue | undefined {
  const tsm = it.ts;
  if (!tsm.isPropertyAccessExpression(callee) && !tsm.isElementAccessExpression(callee)) return undefined;
  const { operand, casts } = stripCasts(tsm, callee.expression);
  return casts > 0 ? uninitByType(it, operand) : undefined;
}

function howRetyped(callee: ts.Expression): string {
  const text = callee.getText();
  if (/\bassumeCtx\b/.test(text)) return 'it was re-typed with `assumeCtx()`';
  if (/\bas\s+any\b|<any>/.test(text)) return 'it was reached through `any`';
  if (/\bas\b|</.test(text)) return 'it was reached through a cast';
  return 'its type says it is not registered';
}

function runCallback(
  it: Interpreter,
  argNode: ts.Expression | undefined,
  values: readonly AbstractValue[],
  options: Parameters<typeof invokeInline>[3],
): AbstractValue[] {
  const fns: ts.FunctionLikeDeclaration[] = [];
  for (const v of values) if (v.kind === 'closure' && v.fn) fns.push(v.fn);
  if (fns.length === 0 && argNode && it.ts.isIdentifier(argNode)) {
    const symbol = it.ctx.symbolAt(argNode);
    for (const d of symbol?.declarations ?? []) {
      const fn = functionOf(it, d);
      if (fn?.body && !it.ctx.isExternalDeclaration(fn)) fns.push(fn);
    }
  }
  return union(...fns.map((fn) => invokeInline(it, fn, [], options)));
}

/** An IRQ handler: kept by the returned registration, so it runs during the binding, after the callback. */
function bindingOwnedCallback(it: Interpreter, call: CallLike, handlerNode: ts.Expression | undefined, handler: readonly AbstractValue[]): AbstractValue[] {
  const captured: AbstractValue[] = [];
  for (const { value, holders } of reachable(handler)) {
    if (!isScoped(value) || value.scope === 'binding') continue;
    captured.push(value);
    it.escape(value, handlerNode ?? call, 'it is captured by the IRQ handler, which runs after the callback has returned', holders.filter((h) => h.kind !== 'closure'), [], true);
  }
  for (const c of handler) if (c.kind === 'closure' && c.fn) invokeDeferred(it, c.fn, captured);
  const registration = createValue({
    kind: 'scoped',
    origin: call,
    description: 'the IRQ registration created here',
    scope: 'binding',
    rule: 'bound',
    region: rootFunction(it),
  });
  addContent(registration, '*', [...handler]);
  return [registration];
}
