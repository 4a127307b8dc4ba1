import type * as ts from 'typescript';
import type { TsModule } from '../engine.js';
import type { AnalysisContext } from './context.js';
import { Interpreter, within, type Semantics } from './interpreter.js';
import type { ParamEscape, ParamMutation, Summary } from './summary-types.js';
import { positionsOf } from './iteration.js';
import { carries, createValue, reachable, type AbstractValue } from './values.js';

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
      if (param !== undefined) mutations.push({ param, node: e.at, how: e.how, through: e.through });
    }
  }

  const returnsParams = new Set<number>();
  let returnsFresh = false;
  const returned: AbstractValue[] = [];
  const held: AbstractValue[] = [];
  for (const { value, holders } of reachable(frame.returns)) {
    const p = paramOf(value);
    // A plain copy of part of a parameter (its label, a number) does not hand the parameter back.
    if (p !== undefined) {
      if (carries(value)) returnsParams.add(p);
    }
    else if (value.kind === 'fresh' && within(value.origin, fn)) returnsFresh = true;
    else if (
      (value.kind === 'guard' || value.kind === 'registration' || value.kind === 'unregistered' || value.kind === 'scoped') &&
      within(value.origin, fn) &&
      frame.returns.includes(value)
    ) {
      returned.push(value);
    } else if (value.kind === 'registration' && within(value.origin, fn) && holders.every((h) => h.kind === 'fresh' && within(h.origin, fn))) {
      // A builder: the object it makes and returns owns the registration (ownership.ts).
      held.push(value);
    }
  }

  const heldAt = heldPositions(fn, frame.returns, held);

  const flowsInto = [...it.flows];
  if (tsm.isConstructorDeclaration(fn)) {
    fn.parameters.forEach((p, i) => {
      if (tsm.getModifiers(p)?.some((m) => isParameterProperty(tsm, m))) flowsInto.push({ from: i, to: -1, node: p });
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

  // Registrations made here (or by its callees) and kept in a parameter's object, once per parameter and store.
  const storedIn: Summary['storedIn'][number][] = [];
  for (const { registration, param, path, node } of it.paramRegistrations) {
    if (!frame.registrations.includes(registration) || storedIn.some((s) => s.param === param && s.node === node)) continue;
    storedIn.push({
      param,
      path,
      node,
      ...(registration.label ? { label: registration.label } : {}),
      ...(registration.modelType ? { modelType: registration.modelType } : {}),
      through: registration.through ?? [],
    });
  }

  return {
    escapes,
    returnsParams,
    flowsInto,
    releases,
    moves,
    drops,
    mutations,
    usesAfterAwait: new Map(it.paramUsesAfterAwait),
    returnsFresh,
    returned,
    held,
    ...(heldAt ? { heldAt } : {}),
    storedIn,
    leaked: [...it.leakedRegistrations],
    registeredOps: new Map(it.paramRegisteredOps),
  };
}

/** Which held registration is at each index of the one array `fn` returns, when its positions are known and hold nothing else. */
function heldPositions(fn: ts.FunctionLikeDeclaration, returns: readonly AbstractValue[], held: readonly AbstractValue[]): AbstractValue[][] | undefined {
  const [only, ...others] = returns;
  if (!only || others.length > 0 || only.kind !== 'fresh' || !within(only.origin, fn)) return undefined;
  const positions = positionsOf(only);
  if (!positions?.exact || !positions.at.every((values) => values.every((v) => held.includes(v)))) return undefined;
  return positions.at.map((values) => [...values]);
}

function isParameterProperty(tsm: TsModule, m: ts.ModifierLike): boolean {
  const k = tsm.SyntaxKind;
  return m.kind === k.PublicKeyword || m.kind === k.PrivateKeyword || m.kind === k.ProtectedKeyword || m.kind === k.ReadonlyKeyword;
}
