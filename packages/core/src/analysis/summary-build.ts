import type * as ts from 'typescript';
import type { TsModule } from '../engine.js';
import type { AnalysisContext } from './context.js';
import { Interpreter, within, type Semantics } from './interpreter.js';
import type { FieldFact, ParamEscape, ParamMutation, Summary } from './summary-types.js';
import { positionsOf } from './iteration.js';
import { dischargedFields } from './field-obligations.js';
import { carries, createValue, reachable, type AbstractValue } from './values.js';
import { returnsOnlyCopies } from './value-kinds.js';
import { callResultOf } from './callback-results.js';
import { skipWrappers } from './access-paths.js';

/**
 * Interprets `fn` once with its parameters as placeholders and reads off what happens to each of
 * them, with the same semantic modules as the interpreter that asked for it. Calls it makes are
 * judged by `getSummary` (summary.ts), which decides the order.
 */
export function summarise(ctx: AnalysisContext, fn: ts.FunctionLikeDeclaration, semantics: Semantics): Summary {
  const tsm = ctx.ts;
  const it = new Interpreter(ctx, 'summary', new Set(), semantics);
  const params = fn.parameters.map((p, i) =>
    createValue({ kind: 'param', origin: p, description: `\`${p.name.getText()}\``, paramIndex: i, region: fn }),
  );
  const self = createValue({ kind: 'param', origin: fn, description: '`this`', paramIndex: -1, region: fn });
  const frame = it.runFrame(fn, { params: (i) => (params[i] ? [params[i]] : []), thisValues: [self] });

  const paramOf = (v: AbstractValue): number | undefined => (v.kind === 'param' ? v.paramIndex : undefined);
  const escapes: ParamEscape[] = [];
  const mutations: ParamMutation[] = [];
  for (const e of it.events) {
    if (e.type === 'escape') {
      const param = paramOf(e.value);
      if (param !== undefined) {
        escapes.push({ param, sink: e.sink, how: e.how, through: e.through, ...(e.keepsCore ? { keepsCore: true } : {}) });
      }
    } else if (e.type === 'mutation') {
      const param = paramOf(e.value);
      if (param !== undefined) mutations.push({ param, ...(e.value.root !== e.value || e.part ? { part: true } : {}), node: e.at, how: e.how, through: e.through });
    }
  }

  const returnsParams = new Set<number>();
  const returnsCallOf = new Set<number>();
  let returnsFresh = false;
  let returnsLongLived = false;
  const returned: AbstractValue[] = [];
  const held: AbstractValue[] = [];
  // A function whose return type holds only copies hands its caller nothing it could track.
  const returnsCopies = returnsOnlyCopies(ctx, fn);
  for (const { value, holders } of returnsCopies ? [] : reachable(frame.returns)) {
    const p = paramOf(value);
    const calledParam = callResultOf(value);
    // What calling a parameter returns, returned as it is (callback-results.ts).
    if (calledParam !== undefined) {
      if (frame.returns.includes(value)) returnsCallOf.add(calledParam);
    }
    // A plain copy of part of a parameter (its label, a number) does not hand the parameter back.
    else if (p !== undefined) {
      // Held only by objects made here, it is inside the fresh object returned, not returned itself.
      if (carries(value) && !(holders.length > 0 && madeHereOnly(holders, fn))) returnsParams.add(p);
    }
    // A copy of part of a model value made here (a registration's `name`) is not that value.
    else if (value.root !== value && !carries(value)) continue;
    else if (value.kind === 'fresh' && within(value.origin, fn)) {
      returnsFresh = true;
      if (it.longLived.has(value) && frame.returns.includes(value)) returnsLongLived = true;
    }
    else if (
      (value.kind === 'guard' || value.kind === 'registration' || value.kind === 'unregistered' || value.kind === 'scoped') &&
      within(value.origin, fn) &&
      frame.returns.includes(value)
    ) {
      returned.push(value);
    } else if (
      (value.kind === 'registration' || value.kind === 'guard') &&
      within(value.origin, fn) &&
      madeHereOnly(holders, fn)
    ) {
      // A builder: the object it makes and returns owns the registration (ownership.ts), or holds
      // the guard it took for the caller (`{ ok: true, guard }`).
      held.push(value);
    }
  }

  const returnsInside = returnsCopies ? [] : paramsInside(fn, frame.returns);
  const heldAt = heldPositions(fn, frame.returns, held);
  const heldKeys = heldPropertyNames(frame.returns, held);
  const heldWithin = heldDeeperUnder(frame.returns, held, heldKeys);

  const flowsInto: Summary['flowsInto'][number][] = it.flows.map((f) => {
    const key = storedKey(tsm, f.node);
    return key === undefined ? f : { ...f, key };
  });
  if (tsm.isConstructorDeclaration(fn)) {
    fn.parameters.forEach((p, i) => {
      if (!tsm.getModifiers(p)?.some((m) => isParameterProperty(tsm, m))) return;
      // A parameter property is the field of its name.
      flowsInto.push({ from: i, to: -1, node: p, ...(tsm.isIdentifier(p.name) ? { key: p.name.text } : {}) });
    });
  }

  const exits = frame.exits;
  const onEveryExit = (get: (s: (typeof exits)[number]) => ts.Node | undefined): ts.Node | undefined => {
    let node: ts.Node | undefined;
    for (const s of exits) {
      const found = get(s);
      if (found === undefined) return undefined;
      node ??= found;
    }
    return node;
  };
  const releases = new Set<number>();
  const moves = new Map<number, ts.Node>();
  const drops = new Set<number>();
  for (const p of params) {
    const i = p.paramIndex ?? 0;
    if (onEveryExit((s) => s.releasedAt(p))) releases.add(i);
    const moved = onEveryExit((s) => s.movedAt(p));
    if (moved) moves.set(i, moved);
    if (exits.some((s) => s.droppedAt(p) !== undefined)) drops.add(i);
  }
  // What a parameter holds at a property path (`this.guard`), released or dropped through it.
  const releasesAlong: FieldFact[] = [];
  const dropsAlong: FieldFact[] = [];
  for (const { param, path, place } of dischargedFields(it)) {
    const released = onEveryExit((s) => s.releasedAt(place));
    if (released) releasesAlong.push({ param, path, node: released });
    const dropped = exits.map((s) => s.droppedAt(place)).find((n) => n !== undefined);
    if (dropped) dropsAlong.push({ param, path, node: dropped });
  }

  // Registrations made here (or by its callees) and kept in a parameter's object, once per parameter and store.
  const storedIn: Summary['storedIn'][number][] = [];
  for (const { registration, param, path, node } of it.paramRegistrations) {
    if (!frame.registrations.includes(registration) || storedIn.some((s) => s.param === param && s.node === node)) continue;
    const key = assignedKey(tsm, node);
    storedIn.push({
      param,
      path,
      ...(key !== undefined ? { key } : {}),
      node,
      ...(registration.label ? { label: registration.label } : {}),
      ...(registration.modelType ? { modelType: registration.modelType } : {}),
      through: registration.through ?? [],
    });
  }

  return {
    escapes,
    returnsParams,
    ...(returnsInside.length > 0 ? { returnsInside } : {}),
    ...(it.paramUsesAlong.length > 0 ? { usesAlong: [...it.paramUsesAlong] } : {}),
    returnsCallOf,
    flowsInto,
    releases,
    releasesAlong,
    dropsAlong,
    moves,
    drops,
    mutations,
    usesAfterAwait: new Map(it.paramUsesAfterAwait),
    returnsFresh,
    ...(returnsLongLived ? { returnsLongLived } : {}),
    returned,
    held,
    ...(heldAt ? { heldAt } : {}),
    ...(heldKeys.size > 0 ? { heldKeys } : {}),
    ...(heldWithin.size > 0 ? { heldWithin } : {}),
    storedIn,
    leaked: [...it.leakedRegistrations],
    registeredOps: new Map(it.paramRegisteredOps),
  };
}

/** Whether every one of `holders` is an object made in `fn` (what they hold goes back inside a new object). */
function madeHereOnly(holders: readonly AbstractValue[], fn: ts.FunctionLikeDeclaration): boolean {
  return holders.every((h) => h.kind === 'fresh' && within(h.origin, fn));
}

/**
 * The parameters held by the objects made here that `fn` returns, by the key of the returned
 * object they are under (`*` when held deeper), each (parameter, key) once.
 */
function paramsInside(fn: ts.FunctionLikeDeclaration, returns: readonly AbstractValue[]): { param: number; key: string }[] {
  const out: { param: number; key: string }[] = [];
  const add = (param: number, key: string): void => {
    if (!out.some((o) => o.param === param && o.key === key)) out.push({ param, key });
  };
  for (const r of returns) {
    if (r.kind !== 'fresh' || !within(r.origin, fn)) continue;
    for (const [key, values] of r.contents) {
      for (const { value, holders } of reachable(values)) {
        if (value.kind !== 'param' || value.paramIndex === undefined || !carries(value)) continue;
        if (!madeHereOnly(holders, fn)) continue;
        add(value.paramIndex, holders.length === 0 ? key : '*');
      }
    }
  }
  return out;
}

/**
 * The property of the returned objects each held value not kept directly there is reached
 * through, when that is one named property only (`{ children: [reg] }`).
 */
function heldDeeperUnder(
  returns: readonly AbstractValue[],
  held: readonly AbstractValue[],
  direct: ReadonlyMap<AbstractValue, string>,
): Map<AbstractValue, string> {
  const under = new Map<AbstractValue, string>();
  const rest = held.filter((v) => !direct.has(v));
  if (rest.length === 0) return under;
  const keysOf = new Map<AbstractValue, Set<string>>();
  for (const r of returns) {
    for (const [key, values] of r.contents) {
      for (const { value } of reachable(values)) {
        if (!rest.includes(value)) continue;
        let keys = keysOf.get(value);
        if (!keys) keysOf.set(value, (keys = new Set()));
        keys.add(key);
      }
    }
  }
  for (const [v, keys] of keysOf) {
    const [only] = keys;
    if (keys.size === 1 && only !== undefined && only !== '*' && !returns.includes(v)) under.set(v, only);
  }
  return under;
}

/**
 * The property name each held value is kept under, when it is kept directly in the returned
 * objects and only ever under that one name (not `*`, an element of unknown position).
 */
function heldPropertyNames(returns: readonly AbstractValue[], held: readonly AbstractValue[]): Map<AbstractValue, string> {
  const names = new Map<AbstractValue, string>();
  const holders = reachable(returns).map((r) => r.value);
  for (const v of held) {
    const keys = new Set<string>();
    for (const holder of holders) {
      for (const [key, values] of holder.contents) {
        if (!values.includes(v)) continue;
        // Kept deeper too (`{ inner: { registration } }`): the caller's copy keeps it unplaced.
        keys.add(returns.includes(holder) ? key : '*');
      }
    }
    const [only] = keys;
    if (keys.size === 1 && only !== undefined && only !== '*') names.set(v, only);
  }
  return names;
}

/** Which held registration is at each index of the one array `fn` returns, when its positions are known and hold nothing else. */
function heldPositions(fn: ts.FunctionLikeDeclaration, returns: readonly AbstractValue[], held: readonly AbstractValue[]): AbstractValue[][] | undefined {
  const [only, ...others] = returns;
  if (!only || others.length > 0 || only.kind !== 'fresh' || !within(only.origin, fn)) return undefined;
  const positions = positionsOf(only);
  if (!positions?.exact || !positions.at.every((values) => values.every((v) => held.includes(v)))) return undefined;
  return positions.at.map((values) => [...values]);
}

/**
 * The property a store into a parameter's object names, when it is written on the parameter
 * itself (`this.guard = g`, `into.reg = r`: the base is `this` / `into`); `undefined` for a store
 * deeper in (`this.list.push(g)`, `this.a.b = g`), by a computed key, or of a literal holding the
 * value (`this.state = { g }`).
 */
function storedKey(tsm: TsModule, base: ts.Node): string | undefined {
  if (base.kind !== tsm.SyntaxKind.ThisKeyword && !tsm.isIdentifier(base)) return undefined;
  const access = base.parent;
  if (!access || !tsm.isPropertyAccessExpression(access) || access.expression !== base) return undefined;
  const assignment = access.parent;
  if (!assignment || !tsm.isBinaryExpression(assignment) || assignment.left !== access) return undefined;
  return assignedKey(tsm, assignment);
}

/**
 * The property a store assigns a value to as it is (`this.#child = Registration.new(…)`: `#child`);
 * `undefined` for a call that stores it (`push`), a computed key, or a literal that holds it.
 */
function assignedKey(tsm: TsModule, node: ts.Node): string | undefined {
  if (!tsm.isBinaryExpression(node) || node.operatorToken.kind !== tsm.SyntaxKind.EqualsToken || !tsm.isPropertyAccessExpression(node.left)) return undefined;
  const right = skipWrappers(tsm, node.right);
  if (tsm.isObjectLiteralExpression(right) || tsm.isArrayLiteralExpression(right)) return undefined;
  return node.left.name.text;
}

function isParameterProperty(tsm: TsModule, m: ts.ModifierLike): boolean {
  const k = tsm.SyntaxKind;
  return m.kind === k.PublicKeyword || m.kind === k.PrivateKeyword || m.kind === k.ProtectedKeyword || m.kind === k.ReadonlyKeyword;
}
