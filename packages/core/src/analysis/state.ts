import type * as ts from 'typescript';
import { addAll, type AbstractValue } from './values.js';

/** A variable: its symbol, or the `this` of one function. */
export type VarKey = ts.Symbol | ThisKey;

export interface ThisKey {
  readonly thisOf: ts.Node;
}

/**
 * What holds on one path through the code being interpreted.
 *
 * `vars` may-holds (a variable holds any of its values), and so does `moved` (a device moved on
 * some path may not be used, as Rust rejects a possibly moved value); the `released`, `dropped`
 * and `absent` maps must-hold (true on every path that reaches here), so a report of a use after
 * release or drop is never a guess. `awaited` is the first `await` passed on every path in the current async frame.
 *
 * Invariants: a dead state (after return/throw/break) is never joined into a live one.
 */
export class State {
  dead = false;
  awaited: ts.Node | undefined = undefined;
  constructor(
    readonly vars: Map<VarKey, AbstractValue[]> = new Map(),
    readonly released: Map<AbstractValue, ts.Node> = new Map(),
    readonly moved: Map<AbstractValue, ts.Node> = new Map(),
    readonly dropped: Map<AbstractValue, ts.Node> = new Map(),
    /** Guards known to be `undefined` on this path (nothing to release). */
    readonly absent: Set<AbstractValue> = new Set(),
  ) {}

  clone(): State {
    const copy = new State(
      new Map([...this.vars].map(([k, v]) => [k, [...v]])),
      new Map(this.released),
      new Map(this.moved),
      new Map(this.dropped),
      new Set(this.absent),
    );
    copy.dead = this.dead;
    copy.awaited = this.awaited;
    return copy;
  }

  get(key: VarKey): AbstractValue[] | undefined {
    return this.vars.get(key);
  }

  set(key: VarKey, values: AbstractValue[]): void {
    this.vars.set(key, values);
  }

  /** Adds to what a variable may hold (for writes that may not happen). */
  add(key: VarKey, values: readonly AbstractValue[]): void {
    const current = this.vars.get(key);
    if (current) addAll(current, values);
    else this.vars.set(key, [...values]);
  }

  /** The state after either of `states`; dead states are left out. */
  static join(states: readonly State[]): State {
    const live = states.filter((s) => !s.dead);
    if (live.length === 0) {
      const dead = (states[0] ?? new State()).clone();
      dead.dead = true;
      return dead;
    }
    const [first, ...rest] = live as [State, ...State[]];
    const out = first.clone();
    for (const s of rest) {
      for (const [k, v] of s.vars) out.add(k, v);
      intersect(out.released, s.released);
      for (const [k, v] of s.moved) if (!out.moved.has(k)) out.moved.set(k, v);
      intersect(out.dropped, s.dropped);
      for (const g of [...out.absent]) if (!s.absent.has(g)) out.absent.delete(g);
      if (!s.awaited) out.awaited = undefined;
    }
    return out;
  }

  /** Makes this state the join of itself and `other` (in place). */
  mergeFrom(other: State): void {
    const joined = State.join([this, other]);
    this.replaceWith(joined);
  }

  replaceWith(other: State): void {
    this.vars.clear();
    for (const [k, v] of other.vars) this.vars.set(k, v);
    copyMap(this.released, other.released);
    copyMap(this.moved, other.moved);
    copyMap(this.dropped, other.dropped);
    this.absent.clear();
    for (const g of other.absent) this.absent.add(g);
    this.dead = other.dead;
    this.awaited = other.awaited;
  }
}

function intersect<K, V>(into: Map<K, V>, other: ReadonlyMap<K, V>): void {
  for (const k of [...into.keys()]) if (!other.has(k)) into.delete(k);
}

function copyMap<K, V>(into: Map<K, V>, from: ReadonlyMap<K, V>): void {
  into.clear();
  for (const [k, v] of from) into.set(k, v);
}
