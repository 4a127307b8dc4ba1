import type * as ts from 'typescript';
import type { Interpreter } from './interpreter.js';
import { createValue, readContent, addAll, type AbstractValue } from './values.js';

/**
 * Obligations discharged through a parameter's fields, in summaries: a method that releases
 * `this.guard` or drops `this.#reg` releases or drops whatever its receiver holds there, so a
 * wrapper that took the guard in its constructor and releases it in `[Symbol.dispose]()` owns it
 * (disposal.ts applies that method where the wrapper is disposed).
 *
 * A value read through a property path of a parameter (or `this`) is known by where it was read
 * (its origin, `this.guard`, with aliases of it: `const g = this.guard; g.release()`); each
 * (parameter, path) gets one stand-in value per summary, and the release or drop is path state
 * of that stand-in, so a release on some paths only is not one on every exit.
 *
 * Invariants: only in summary mode; a path is never empty (a release of the parameter itself is
 * the summary's `releases`); stand-ins never flow into any variable or container.
 */
export interface ParamPath {
  readonly param: number;
  readonly path: readonly string[];
}

interface FieldPlace extends ParamPath {
  readonly place: AbstractValue;
}

const places = new WeakMap<Interpreter, Map<string, FieldPlace>>();

/**
 * The parameter and property path `v` was read at in the function being summarised: a parameter
 * itself (empty path), or a value whose origin is `p.a.b` / `this.a` with `p` a parameter of that
 * function that still holds what the caller passed. `undefined` outside summaries.
 */
export function paramPathOf(it: Interpreter, v: AbstractValue): ParamPath | undefined {
  if (it.mode !== 'summary') return undefined;
  if (v.kind === 'param' && v.root === v && v.paramIndex !== undefined) return { param: v.paramIndex, path: [] };
  const tsm = it.ts;
  const fn = it.frames[0]?.fn;
  if (!fn || tsm.isSourceFile(fn)) return undefined;
  const path: string[] = [];
  let e: ts.Node = v.origin;
  for (;;) {
    if (tsm.isParenthesizedExpression(e) || tsm.isNonNullExpression(e)) e = e.expression;
    else if (tsm.isPropertyAccessExpression(e)) {
      path.unshift(e.name.text);
      e = e.expression;
    } else if (tsm.isElementAccessExpression(e) && (tsm.isStringLiteral(e.argumentExpression) || tsm.isNumericLiteral(e.argumentExpression))) {
      path.unshift(e.argumentExpression.text);
      e = e.expression;
    } else break;
  }
  if (path.length === 0) return undefined;
  if (e.kind === tsm.SyntaxKind.ThisKeyword) {
    let owner: ts.Node | undefined = e.parent;
    while (owner && !(tsm.isFunctionLike(owner) && !tsm.isArrowFunction(owner))) owner = owner.parent;
    return owner === fn ? { param: -1, path } : undefined;
  }
  if (!tsm.isIdentifier(e)) return undefined;
  const symbol = it.ctx.symbolAt(e);
  const decl = symbol?.valueDeclaration;
  if (!symbol || !decl || !tsm.isParameter(decl) || decl.parent !== fn) return undefined;
  const param = (fn as ts.FunctionLikeDeclaration).parameters.indexOf(decl);
  // Reassigned to something else on this path: no longer the caller's argument.
  const held = it.lookup(symbol) ?? [];
  if (held.length === 0 || !held.every((h) => h.kind === 'param' && h.root.paramIndex === param)) return undefined;
  return { param, path };
}

/** Records, in a summary, that the values among `values` read through a parameter's fields are released or dropped at `at`. */
export function dischargeAlong(it: Interpreter, values: readonly AbstractValue[], at: ts.Node, how: 'release' | 'drop'): void {
  if (it.mode !== 'summary') return;
  for (const v of values) {
    const p = paramPathOf(it, v);
    if (p && p.path.length > 0) dischargePath(it, p, at, how);
  }
}

/** Records, in a summary, that what parameter `p.param` holds at `p.path` is released or dropped at `at`. */
export function dischargePath(it: Interpreter, p: ParamPath, at: ts.Node, how: 'release' | 'drop'): void {
  if (it.mode !== 'summary' || p.path.length === 0) return;
  let byKey = places.get(it);
  if (!byKey) places.set(it, (byKey = new Map()));
  const key = `${p.param}:${p.path.join('.')}`;
  let entry = byKey.get(key);
  if (!entry) {
    const place = createValue({ kind: 'fresh', origin: at, description: `what parameter ${p.param} holds at \`${p.path.join('.')}\`` });
    byKey.set(key, (entry = { param: p.param, path: [...p.path], place }));
  }
  if (how === 'release') it.state.release(entry.place, at);
  else it.state.drop(entry.place, at);
}

/** The (parameter, path) stand-ins of a summary's interpreter, with their path state in `State.releasedAt` / `droppedAt`. */
export function dischargedFields(it: Interpreter): readonly FieldPlace[] {
  return [...(places.get(it)?.values() ?? [])];
}

/** What the objects `values` hold along the property names of `path` (what the analysed code stored there). */
export function heldAlong(values: readonly AbstractValue[], path: readonly string[]): AbstractValue[] {
  let current: AbstractValue[] = [...values];
  for (const key of path) {
    const next: AbstractValue[] = [];
    for (const v of current) if (v.kind === 'fresh' || v.kind === 'closure' || v.kind === 'registration') addAll(next, readContent(v, key));
    current = next;
  }
  return current;
}
