import type * as ts from 'typescript';
import { invokeInline, thisParameterOffset } from './closures.js';
import type { Interpreter } from './interpreter.js';
import { namesLongLivedPlace, storeInto } from './stores.js';
import type { Summary } from './summary-types.js';
import { dropAll, newGuard, noteNewRegistration, release } from './model-calls.js';
import { forgetElements, recordPositions } from './iteration.js';
import { provenResult } from './proofs.js';
import { typedCarries } from './value-kinds.js';
import { resultsOfCalling } from './callback-results.js';
import { functionOf } from './function-values.js';
import { getSummary } from './summary.js';
import { addAll, addContent, createValue, isScoped, isTracked, reachable, readContent, throughRegistration, union, type AbstractValue, type RelatedNode } from './values.js';
import { madeHere, partOfObject } from './ownership.js';
import { dischargePath, heldAlong, paramPathOf } from './field-obligations.js';
import { disposesThroughThis } from './dispose-methods.js';
import { isAwaitUsing, usingDeclarationOf } from './using.js';
import { notePathUse, noteUses } from './uses.js';

type CallLike = ts.CallExpression | ts.NewExpression;

/**
 * Judges a call to a function with a body by its summary: what the callee does to a parameter
 * happens to the argument, and is reported at the call (with the callee's own location as a
 * related location), so the helper itself is never reported for what its callers pass.
 */
export function applySummary(
  it: Interpreter,
  summary: Summary,
  fn: ts.FunctionLikeDeclaration,
  call: CallLike,
  receiver: AbstractValue[],
  callee: ts.Expression,
  args: AbstractValue[][],
  name: string,
  /** Where the receiver and arguments are written, when not where a plain call has them (`f.call(obj, x)`). */
  nodes?: { readonly receiver: ts.Expression | undefined; readonly args: readonly (ts.Expression | undefined)[] },
): AbstractValue[] {
  const tsm = it.ts;
  const restIndex = fn.parameters.findIndex((p) => p.dotDotDotToken !== undefined);
  // Summaries index the declared parameters; a leading `this` parameter takes no argument.
  const offset = thisParameterOffset(fn);
  const argValues = (i: number): AbstractValue[] => {
    if (i === -1) return receiver;
    if (restIndex >= 0 && i === restIndex) return union(...args.slice(restIndex - offset));
    return args[i - offset] ?? [];
  };
  const argNode = (i: number): ts.Expression => {
    if (nodes) return (i === -1 ? nodes.receiver : nodes.args[i - offset]) ?? callee;
    if (i === -1) return tsm.isPropertyAccessExpression(callee) || tsm.isElementAccessExpression(callee) ? callee.expression : callee;
    return call.arguments?.[i - offset] ?? callee;
  };
  // Whether the argument (or receiver) `i` is written at the call, not a default the callee makes.
  const passed = (i: number): boolean => {
    if (nodes) return (i === -1 ? nodes.receiver : nodes.args[i - offset]) !== undefined;
    if (i === -1) return tsm.isPropertyAccessExpression(callee) || tsm.isElementAccessExpression(callee);
    return call.arguments?.[i - offset] !== undefined;
  };
  const where = (node: ts.Node): string => {
    const sf = node.getSourceFile();
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    return sf === call.getSourceFile() ? `line ${line}` : `${baseName(sf.fileName)}:${line}`;
  };

  // What the callee stores into its arguments' objects (a constructor's parameter properties into
  // the new object) comes first: an argument that escapes takes what it holds with it
  // (`new Gate(io)`, whose constructor pushes `this` into a static registry).
  for (const f of summary.flowsInto) {
    const node = argNode(f.to);
    storeInto(it, node, argValues(f.to), f.key ?? '*', argValues(f.from), call, 'stored in', `${node.getText()} (by \`${name}\`)`);
  }
  const escapingParams = new Set<number>();
  for (const e of summary.escapes) {
    escapingParams.add(e.param);
    const how = `it is passed to \`${name}\` (${where(fn)}), where ${e.how}`;
    const through: RelatedNode[] = [{ node: e.sink, message: `\`${name}\` lets it escape here` }, ...e.through];
    for (const { value, holders } of reachable(argValues(e.param))) {
      if (isTracked(value, it.mode) && !throughRegistration(holders)) it.escape(value, call, how, holders, through, e.keepsCore);
    }
  }
  for (const m of summary.mutations) {
    if (m.param === -1) continue;
    const given = argValues(m.param);
    forgetElements(given);
    const isTarget = (v: AbstractValue): boolean => v.kind === 'driverData' || (it.mode === 'summary' && v.kind === 'param');
    // A change to a part of the parameter reaches what the argument holds (the data's elements in a copy of its array).
    const direct = given.find(isTarget);
    const inside = direct || !m.part ? undefined : reachable(given).find((r) => r.holders.length > 0 && isTarget(r.value))?.value;
    const target = direct ?? inside;
    if (!target) continue;
    it.emit({
      type: 'mutation',
      value: target,
      ...(m.part || inside ? { part: true } : {}),
      at: call,
      how: `it is passed to \`${name}\` (${where(fn)}), where ${m.how}`,
      through: [{ node: m.node, message: `\`${name}\` changes it here` }, ...m.through],
    });
  }
  // An unregistered device it reads through a parameter's fields: a use of what the argument holds there.
  for (const u of summary.usesAlong ?? []) {
    noteUses(it, heldAlong(argValues(u.param), u.path), call);
    for (const v of argValues(u.param)) {
      const p = paramPathOf(it, v);
      if (p) notePathUse(it, { param: p.param, path: [...p.path, ...u.path] }, call);
    }
  }
  for (const [i, use] of summary.usesAfterAwait) {
    for (const v of argValues(i)) {
      if (v.scope !== 'section' || !v.region || v.kind === 'guard' || !isScoped(v)) continue;
      const inCallback = it.frames.some((f) => f.fn === v.region && f.setup.sectionCallee !== undefined);
      if (!inCallback) continue;
      it.escape(v, call, `it is passed to the async \`${name}\` (${where(fn)}), which uses it after an \`await\`, when the section has ended`, [], [
        { node: use, message: 'used here after an `await`' },
      ]);
    }
  }
  // What each callback run during the call returns: the call's result where the callee returns it.
  const callbackResults = new Map<number, AbstractValue[]>();
  for (let i = 0; i < args.length; i++) {
    if (escapingParams.has(i + offset)) continue;
    for (const c of args[i] ?? []) {
      if (c.kind === 'closure' && c.fn && !it.escaped.has(c)) callbackResults.set(i, union(callbackResults.get(i) ?? [], invokeInline(it, c.fn, [], {})));
    }
  }
  // What the helper has done by the time it returns (releases, moves, drops, on every exit) comes
  // after the callbacks it runs during the call: a callback run inside its `try` before its
  // `finally` releases the guard uses the guard while it is held.
  for (const i of summary.releases) release(it, argValues(i), call);
  for (const [i] of summary.moves) {
    for (const v of argValues(i)) {
      if (v.kind !== 'unregistered' && !(it.mode === 'summary' && v.kind === 'param')) continue;
      const previous = it.state.movedAt(v.root);
      if (previous && v.kind === 'unregistered') {
        // Passing it was the use; being registered again is the problem to report.
        const index = it.events.findIndex((e) => e.type === 'useAfterMove' && e.use === call && e.value.root === v.root);
        if (index >= 0) it.events.splice(index, 1);
        it.emit({ type: 'registeredTwice', value: v, use: call, at: previous });
      } else {
        it.state.move(v.root, call);
      }
    }
  }
  for (const i of summary.drops) dropAll(it, withHeldRegistrations(it, argValues(i)), call);
  applyFieldFacts(it, summary, argValues, call);
  for (const i of Array.from({ length: args.length }, (_, k) => k)) {
    // Handed on: kept by the callee somewhere that outlives the call, or in an argument's object;
    // kept in an object made here (a wrapper's constructor), it is owned only if that object is
    // (ownership.ts), or dropped when it is disposed (disposal.ts).
    const handedOn = escapingParams.has(i + offset) || summary.flowsInto.some((f) => f.from === i + offset && !madeHere(it, argValues(f.to)));
    if (!handedOn) continue;
    for (const { value } of reachable(args[i] ?? [])) if (value.kind === 'registration') it.accountedRegistrations.add(value);
  }

  for (const s of summary.storedIn) {
    // A registration made by this call and kept in the argument's object: owned as that object is.
    // An argument not passed (a default the callee makes) or holding nothing followed says nothing:
    // what the callee returns of its own is judged by `held` and `returned`.
    const holders = partsAlong(it, argValues(s.param), s.path);
    // Kept only by an object nothing followed holds but that outlives every binding by what it is
    // (a singleton in a class's static field, `Registry.instance.spawn(…)`): nothing owns it.
    const longLived = holders.length === 0 && passed(s.param) && namesLongLivedPlace(it, argNode(s.param));
    if (holders.length === 0 && !longLived) continue;
    const through: RelatedNode[] = [{ node: s.node, message: `\`${name}\` creates the registration and keeps it here` }, ...s.through];
    const reg = createValue({
      kind: 'registration',
      origin: call,
      description: `the ${s.label ?? 'registration'} \`${name}\` creates (${where(s.node)})`,
      ...(s.label ? { label: s.label } : {}),
      ...(s.modelType ? { modelType: s.modelType } : {}),
      through,
    });
    // Owed by the root frame even when the call initialises a `using` declaration: what that
    // disposes is the argument's object, which drops the registration only if its dispose does.
    it.frames[0]?.registrations.push(reg);
    const node = argNode(s.param);
    storeInto(it, node, holders, s.key ?? '*', [reg], call, 'stored in', `${node.getText()} (by \`${name}\`)`);
  }
  for (const leak of summary.leaked) {
    const through: RelatedNode[] = [{ node: leak.node, message: `\`${name}\` creates the registration here and keeps it nowhere` }, ...leak.through];
    if (it.mode === 'summary') it.leakedRegistrations.push({ node: call, through });
    else if (it.frames[0]?.setup.role === 'probe') {
      const registration = createValue({ kind: 'registration', origin: call, description: `the registration \`${name}\` creates`, through });
      it.emit({ type: 'leakedRegistration', registration, at: call, through });
    }
  }
  for (const [i, { node, op }] of summary.registeredOps) {
    for (const v of argValues(i)) {
      if (v.kind === 'unregistered') {
        it.emit({
          type: 'registeredOpOnUninit',
          value: v,
          use: call,
          op,
          how: `it is passed to \`${name}\` (${where(fn)}), which calls \`${op}\` on it`,
          through: [{ node, message: `\`${op}\` is called here` }],
        });
      } else if (v.kind === 'registeredDevice' && v.registration && it.state.droppedAt(v.registration)) {
        // The device of a dropped registration: the helper's operation on it is a use after the drop.
        it.emit({
          type: 'useAfterDrop',
          value: v,
          use: call,
          at: it.state.droppedAt(v.registration),
          op: name,
          through: [{ node, message: `\`${name}\` calls \`${op}\` on it here (${where(node)})` }],
        });
      } else if (it.mode === 'summary' && v.kind === 'param' && v.paramIndex !== undefined && !it.paramRegisteredOps.has(v.paramIndex)) {
        it.paramRegisteredOps.set(v.paramIndex, { node: call, op });
      }
    }
  }

  const result: AbstractValue[] = [];
  for (const i of summary.returnsParams) for (const v of argValues(i)) if (!result.includes(v)) result.push(v);
  if (summary.returnsFresh) {
    const made = createValue({ kind: 'fresh', origin: call, description: `the object \`${name}\` returns` });
    const mirrors = new Map<AbstractValue, AbstractValue>();
    // Declared with `using`, the object is disposed, not what it holds: a registration inside it is
    // dropped only if the object's dispose method drops that field (judged where it is disposed).
    const declaration = usingDeclarationOf(tsm, call);
    const disposedObject = declaration?.initializer !== undefined && disposesThroughThis(it, declaration.initializer, isAwaitUsing(tsm, declaration));
    // What it returns inside the object it made (`[...items]`): the argument and its contents, in a new container.
    for (const { param, key } of summary.returnsInside ?? []) {
      for (const v of argValues(param)) {
        addContent(made, key, [v]);
        if (key === '*' && v.kind === 'fresh') for (const [k, values] of v.contents) addContent(made, k, values);
      }
    }
    // What it keeps deeper under one property (`{ children: [a, b] }`): in a container there.
    const containers = new Map<string, AbstractValue>();
    const containerAt = (key: string): AbstractValue => {
      let inner = containers.get(key);
      if (!inner) {
        inner = createValue({ kind: 'fresh', origin: call, description: `the \`${key}\` of the object \`${name}\` returns` });
        containers.set(key, inner);
        addContent(made, key, [inner]);
      }
      return inner;
    };
    for (const r of summary.held) {
      const mirrored = r.kind === 'guard' ? heldGuard(it, r, call, name) : mirror(it, r, call, name, where(r.origin), argValues, disposedObject);
      if (!mirrored) continue;
      const within = summary.heldWithin?.get(r);
      if (within !== undefined) addContent(containerAt(within), '*', [mirrored]);
      else addContent(made, summary.heldKeys?.get(r) ?? '*', [mirrored]);
      mirrors.set(r, mirrored);
    }
    // A tuple it returns holds each of them at its index here too (iteration.ts).
    if (summary.heldAt) {
      recordPositions(made, { at: summary.heldAt.map((values) => values.flatMap((v) => mirrors.get(v) ?? [])), exact: true });
    }
    result.push(made);
  }
  if (summary.returnsLongLived) {
    result.push(createValue({ kind: 'external', origin: call, description: `the long-lived object \`${name}\` returns` }));
  }
  for (const r of summary.returned) {
    const mirrored = mirror(it, r, call, name, where(r.origin), argValues);
    if (mirrored) result.push(mirrored);
  }
  for (const k of summary.returnsCallOf) {
    // It returns what calling the callback it is given returns (callback-results.ts).
    const ran = callbackResults.get(k - offset);
    const given = argValues(k);
    const results = ran ?? namedCallbackResult(it, argNode(k), given, call) ?? [];
    // A guard the callback took and handed back is this frame's to release now.
    for (const g of results) if (g.kind === 'guard' && !it.frame.guards.includes(g) && !it.usingGuards.has(g)) it.frame.guards.push(g);
    addAll(result, results);
    addAll(result, resultsOfCalling(it, call, given));
  }
  return result;
}

/**
 * What a summarised method does to its receiver when the receiver is disposed (disposal.ts: the
 * end of a `using` block, a stack's disposal) rather than called at a call: what the receiver
 * holds escapes, is released or dropped as the method does with `this` and its fields. `sink`
 * is where an escape is reported (the declaration), `at` where the disposal happens.
 */
export function applyDisposal(
  it: Interpreter,
  summary: Summary,
  fn: ts.FunctionLikeDeclaration,
  receiver: readonly AbstractValue[],
  at: ts.Node,
  sink: ts.Node,
  name: string,
): void {
  const argValues = (i: number): AbstractValue[] => (i === -1 ? [...receiver] : []);
  for (const e of summary.escapes) {
    if (e.param !== -1) continue;
    const how = `it is disposed by \`${name}\` (${baseName(fn.getSourceFile().fileName)}:${lineOf(fn)}), where ${e.how}`;
    const through: RelatedNode[] = [{ node: e.sink, message: `\`${name}\` lets it escape here` }, ...e.through];
    for (const { value, holders } of reachable(receiver)) {
      if (isTracked(value, it.mode) && !throughRegistration(holders)) it.escape(value, sink, how, holders, through, e.keepsCore);
    }
  }
  for (const i of summary.releases) release(it, argValues(i), at);
  for (const i of summary.drops) dropAll(it, withHeldRegistrations(it, argValues(i)), at);
  applyFieldFacts(it, summary, argValues, at);
}

/**
 * The releases and drops a callee performs through its parameters' fields (`this.guard.release()`):
 * whatever the arguments hold there is released or dropped; in a summary, an argument that is
 * itself a parameter's field passes the fact on along the longer path.
 */
function applyFieldFacts(it: Interpreter, summary: Summary, argValues: (i: number) => AbstractValue[], at: ts.Node): void {
  const facts = [
    ...summary.releasesAlong.map((f) => ({ ...f, how: 'release' as const })),
    ...summary.dropsAlong.map((f) => ({ ...f, how: 'drop' as const })),
  ];
  for (const { param, path, how } of facts) {
    const values = argValues(param);
    const held = heldAlong(values, path);
    if (how === 'release') release(it, held, at);
    // A container kept in that field (`for (const c of this.#children) void c.drop()`): its elements.
    else dropAll(it, withHeldRegistrations(it, held), at);
    for (const v of values) {
      const p = paramPathOf(it, v);
      if (p) dischargePath(it, { param: p.param, path: [...p.path, ...path] }, at, how);
    }
  }
}

/**
 * A guard the callee took and returns inside an object it made: held by the caller's copy of
 * that object, which hands it on. Its release is owed by whoever takes it out of the object
 * (`using guard = entered.guard`); the object may as well say it holds none (`{ ok: false }`),
 * so no path here owes it by itself.
 */
function heldGuard(it: Interpreter, r: AbstractValue, call: CallLike, name: string): AbstractValue {
  const guard = createValue({
    kind: 'guard',
    origin: call,
    modelType: it.ctx.model.spec.guard.type,
    description: `the unbind guard \`${name}\` takes and returns in an object`,
    scope: 'section',
    rule: 'guard',
    region: it.frame.fn,
    through: [{ node: r.origin, message: `\`${name}\` obtains it here` }, ...(r.through ?? [])],
  });
  it.state.markBorn(guard);
  return guard;
}

function lineOf(node: ts.Node): number {
  const sf = node.getSourceFile();
  return sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
}

function mirror(
  it: Interpreter,
  r: AbstractValue,
  call: CallLike,
  name: string,
  where: string,
  argValues: (i: number) => AbstractValue[],
  /** Held inside an object the call returns and a `using` declaration disposes by its own method. */
  inside = false,
): AbstractValue | undefined {
  const through: RelatedNode[] = [{ node: r.origin, message: `\`${name}\` obtains it here` }, ...(r.through ?? [])];
  switch (r.kind) {
    case 'guard':
      return newGuard(it, call, `the unbind guard \`${name}\` takes (${where})`, through);
    case 'registration': {
      const reg = createValue({
        kind: 'registration',
        origin: call,
        description: `the ${r.label ?? 'registration'} \`${name}\` creates (${where})`,
        ...(r.label ? { label: r.label } : {}),
        ...(r.modelType ? { modelType: r.modelType } : {}),
        through,
      });
      noteNewRegistration(it, reg, call, inside);
      return reg;
    }
    case 'unregistered':
      return createValue({ kind: 'unregistered', origin: call, description: `the unregistered device \`${name}\` creates`, through, modelType: it.ctx.model.spec.movableType });
    case 'scoped':
      if (r.scope === 'section' || !r.scope) return undefined;
      // Obtained with a proof the caller gave: no longer-lived than the arguments (proofs.ts).
      if (r.proofs) return provenResult(it, call, r.scope, r.proofs.map(argValues), `${r.description} (returned by \`${name}\`)`, r.modelType, through)[0];
      return createValue({
        carries: typedCarries(it.ctx, call),
        kind: 'scoped',
        origin: call,
        description: `${r.description} (returned by \`${name}\`)`,
        scope: r.scope,
        ...(r.rule ? { rule: r.rule } : {}),
        region: it.frames[0]?.fn ?? it.frame.fn,
        through,
      });
    default:
      return undefined;
  }
}

/**
 * The objects reached from `values` along the property names of `path` (`this.children`: the
 * `children` of the argument): what is stored there, or the part an object made by a constructor
 * owns (ownership.ts); a value with neither is the place itself.
 */
function partsAlong(it: Interpreter, values: readonly AbstractValue[], path: readonly string[]): AbstractValue[] {
  let current = [...values];
  for (const key of path) {
    const next: AbstractValue[] = [];
    for (const v of current) {
      const held = v.kind === 'fresh' && v.contents.has(key) ? readContent(v, key).filter((h) => h.kind === 'fresh') : [];
      const part = held.length === 0 ? partOfObject(it, v, key) : undefined;
      addAll(next, held.length > 0 ? held : part ? [part] : [v]);
    }
    current = next;
  }
  return current;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * What a callback given by name (`make(buildIsp)`, a function declared elsewhere with a body)
 * returns when the callee calls it without arguments: judged by its own summary, at `call`.
 * `undefined`: `given` already holds the function value, or the name is no such function.
 */
function namedCallbackResult(it: Interpreter, node: ts.Expression, given: readonly AbstractValue[], call: ts.CallExpression | ts.NewExpression): AbstractValue[] | undefined {
  const tsm = it.ts;
  if (given.some((v) => v.kind === 'closure' || v.kind === 'param')) return undefined;
  const nameNode = tsm.isIdentifier(node) ? node : tsm.isPropertyAccessExpression(node) ? node.name : undefined;
  if (!nameNode) return undefined;
  for (const d of it.ctx.symbolAt(nameNode)?.declarations ?? []) {
    const fn = functionOf(it, d);
    if (!fn?.body || fn.parameters.length > 0 || it.ctx.isExternalDeclaration(fn) || it.ctx.isModelDeclaration(fn)) continue;
    return applySummary(it, getSummary(it.ctx, fn, it.semantics), fn, call, [], node, [], nameNode.getText());
  }
  return undefined;
}

/**
 * What a helper that drops its parameter drops of `values`: a parameter stands for a container
 * and its elements alike (its elements are itself), so a helper that drops the elements of an
 * array it is given (`regs.map((r) => r.drop())`) drops the registrations a container passed there
 * holds (registrations, or parameters that may be ones) as well as the values themselves.
 */
function withHeldRegistrations(it: Interpreter, values: readonly AbstractValue[]): AbstractValue[] {
  const held = it.elementsOf(values.filter((v) => v.kind === 'fresh')).filter((e) => e.kind === 'registration' || e.kind === 'param');
  return union(values, held);
}
