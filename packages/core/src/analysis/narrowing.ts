import type * as ts from 'typescript';
import type { TsModule } from '../engine.js';
import type { Interpreter } from './interpreter.js';
import { State } from './state.js';
import { readContent, union, type AbstractValue } from './values.js';
import { variablePlace } from './registration-places.js';
import { dischargeAlong } from './field-obligations.js';

/**
 * The states after a condition is true and after it is false. Only what the rules need is
 * narrowed: a guard tested for `undefined` (`if (!guard) return;`, `guard?.…`, `=== undefined`,
 * `typeof guard === 'undefined'`, `typeof guard === 'object'`) is known absent on the branch where
 * it is `undefined`, so that branch owes no release; a
 * registration whose `dropped` flag is tested is dropped on the branch where the flag is true, so
 * `if (!reg.dropped) await reg.drop();` leaves it dropped on every path, as an unconditional drop
 * does (inline, and in a helper's summary alike).
 */
export function applyNarrowing(it: Interpreter, cond: ts.Expression, state: State): [State, State] {
  const tsm = it.ts;
  const e = skipParens(tsm, cond);
  if (tsm.isPrefixUnaryExpression(e) && e.operator === tsm.SyntaxKind.ExclamationToken) {
    const [t, f] = applyNarrowing(it, e.operand, state);
    return [f, t];
  }
  if (tsm.isBinaryExpression(e)) {
    const op = e.operatorToken.kind;
    const k = tsm.SyntaxKind;
    if (op === k.AmpersandAmpersandToken) {
      const [lt, lf] = applyNarrowing(it, e.left, state);
      const [rt, rf] = applyNarrowing(it, e.right, lt);
      return [rt, State.join([lf, rf])];
    }
    if (op === k.BarBarToken) {
      const [lt, lf] = applyNarrowing(it, e.left, state);
      const [rt, rf] = applyNarrowing(it, e.right, lf);
      return [State.join([lt, rt]), rf];
    }
    const equality =
      op === k.EqualsEqualsEqualsToken || op === k.EqualsEqualsToken
        ? 'eq'
        : op === k.ExclamationEqualsEqualsToken || op === k.ExclamationEqualsToken
          ? 'ne'
          : undefined;
    if (equality) {
      const tested = isNullish(tsm, e.right) ? e.left : isNullish(tsm, e.left) ? e.right : undefined;
      if (tested) {
        const guards = guardsOf(it, tested, state);
        const absentWhenTrue = equality === 'eq';
        return split(state, guards, absentWhenTrue);
      }
      const typeofTest = typeofTestOf(tsm, e.left, e.right) ?? typeofTestOf(tsm, e.right, e.left);
      if (typeofTest) {
        // A guard is an object: only `typeof g === 'object'` can hold of it. Where `'undefined'`
        // (or a tag no guard has, `'string'`) is equal, no guard is there; where `'object'` is
        // equal, `undefined` is not.
        const guards = guardsOf(it, typeofTest.operand, state);
        const absentWhenEqual = typeofTest.tag !== 'object';
        return split(state, guards, equality === 'eq' ? absentWhenEqual : !absentWhenEqual);
      }
    }
  }
  if (tsm.isCallExpression(e)) {
    const narrowed = predicateNarrowing(it, e, state);
    if (narrowed) return narrowed;
  }
  const dropped = droppedFlagOf(it, e, state);
  if (dropped) {
    const t = state.clone();
    for (const r of dropped) t.drop(r, e);
    // In a summary, one read through a parameter's field is that field's drop too (`if (this.#reg.dropped) …`).
    const current = it.state;
    it.state = t;
    try {
      dischargeAlong(it, dropped, e, 'drop');
    } finally {
      it.state = current;
    }
    return [t, state.clone()];
  }
  const guards = guardsOf(it, e, state);
  return split(state, guards, false);
}

/**
 * The registrations whose `dropped` flag (the spec's `droppedFlag`) `e` reads, without counting as
 * a use: those a variable or a property path through local objects holds, or the one a variable
 * denotes when nothing followed flows into it (registration-places.ts). `undefined`: not such a read.
 */
function droppedFlagOf(it: Interpreter, e: ts.Expression, state: State): AbstractValue[] | undefined {
  const tsm = it.ts;
  if (!tsm.isPropertyAccessExpression(e)) return undefined;
  const spec = it.ctx.model.spec;
  if (!spec.registrations.some((r) => r.droppedFlag !== undefined && e.name.text === r.droppedFlag.split('#').pop())) return undefined;
  const member = it.ctx.memberAt(e.name);
  const registration = spec.registrations.find((r) => r.droppedFlag === member);
  if (!registration) return undefined;
  const held = heldBy(it, e.expression, state).filter((v) => v.kind === 'registration' || v.kind === 'param');
  const ref = skipParens(tsm, e.expression);
  if (held.length === 0 && tsm.isIdentifier(ref)) {
    const place = variablePlace(it, ref, registration);
    if (place) held.push(place);
  }
  return held;
}

/**
 * A call to a type predicate (`isHeld(guard): guard is UnbindGuard<T>`, a method or an imported
 * function alike) narrows its argument as the checker does: on the branch where the argument's
 * type is only `undefined`/`null`, a guard it holds is absent. `undefined` when the call is no such
 * test of a guard (asked of the checker only when an argument holds one).
 */
function predicateNarrowing(it: Interpreter, call: ts.CallExpression, state: State): [State, State] | undefined {
  const tested = call.arguments.map((a) => (it.ts.isSpreadElement(a) ? [] : guardsOf(it, a, state)));
  if (!tested.some((g) => g.length > 0)) return undefined;
  const checker = it.ctx.checker;
  const signature = checker.getResolvedSignature(call);
  const predicate = signature && checker.getTypePredicateOfSignature(signature);
  if (!predicate || predicate.kind !== it.ts.TypePredicateKind.Identifier || !predicate.type) return undefined;
  const guards = tested[predicate.parameterIndex];
  if (!guards || guards.length === 0) return undefined;
  const nullish = (t: ts.Type): boolean => (t.flags & (it.ts.TypeFlags.Undefined | it.ts.TypeFlags.Null | it.ts.TypeFlags.Void)) !== 0;
  const partsOf = (t: ts.Type): readonly ts.Type[] => (t.isUnion() ? t.types : [t]);
  const asserted = predicate.type;
  if (partsOf(asserted).every(nullish)) return split(state, guards, true);
  // The false branch keeps the parts of the argument's type the predicate's type does not cover.
  const argument = call.arguments[predicate.parameterIndex] as ts.Expression;
  const left = partsOf(checker.getTypeAtLocation(argument)).filter((t) => !checker.isTypeAssignableTo(t, asserted));
  if (left.every(nullish)) return split(state, guards, false);
  return undefined;
}

function split(state: State, guards: AbstractValue[], absentWhenTrue: boolean): [State, State] {
  const t = state.clone();
  const f = state.clone();
  for (const g of guards) (absentWhenTrue ? t : f).markAbsent(g);
  return [t, f];
}

/**
 * Guards (and registrations) a reference may hold, without counting as a use: a variable, or a
 * property path from one through local objects (`ctx.guard`, `ctx.section.guard`). A container's
 * contents are not per path, so a property path narrows only when it reaches one value. Both are
 * objects: where the reference is `undefined`, what it may hold was not made on that path (a
 * registration there owes nothing, as an absent guard needs no release).
 */
function guardsOf(it: Interpreter, e: ts.Expression, state: State): AbstractValue[] {
  const ref = skipParens(it.ts, e);
  const held = heldBy(it, ref, state);
  if (!it.ts.isIdentifier(ref) && held.length !== 1) return [];
  return held.filter((v) => v.kind === 'guard' || v.kind === 'registration');
}

/** The values a variable, or a named property path from one through local objects, may hold. */
function heldBy(it: Interpreter, e: ts.Expression, state: State): AbstractValue[] {
  const tsm = it.ts;
  const ref = skipParens(tsm, e);
  if (tsm.isPropertyAccessExpression(ref) && tsm.isIdentifier(ref.name)) {
    const key = ref.name.text;
    return union(...heldBy(it, ref.expression, state).filter((b) => b.kind === 'fresh').map((b) => readContent(b, key)));
  }
  if (!tsm.isIdentifier(ref) || !it.boundNames.has(ref.text)) return [];
  const symbol = it.ctx.checker.getSymbolAtLocation(ref);
  if (!symbol) return [];
  return state.get(symbol) ?? [];
}

function isNullish(tsm: TsModule, e: ts.Expression): boolean {
  const x = skipParens(tsm, e);
  if (tsm.isVoidExpression(x)) return true;
  return x.kind === tsm.SyntaxKind.NullKeyword || (tsm.isIdentifier(x) && x.text === 'undefined');
}

/** `typeof x` compared with a string literal (`'undefined'`, `'object'`, …): the operand and the tag. */
function typeofTestOf(tsm: TsModule, side: ts.Expression, other: ts.Expression): { operand: ts.Expression; tag: string } | undefined {
  const t = skipParens(tsm, side);
  const tag = skipParens(tsm, other);
  if (!tsm.isTypeOfExpression(t) || !(tsm.isStringLiteral(tag) || tsm.isNoSubstitutionTemplateLiteral(tag))) return undefined;
  return { operand: t.expression, tag: tag.text };
}

export function skipParens(tsm: TsModule, e: ts.Expression): ts.Expression {
  let out = e;
  while (tsm.isParenthesizedExpression(out) || tsm.isNonNullExpression(out)) out = out.expression;
  return out;
}
