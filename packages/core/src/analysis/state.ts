import type * as ts from 'typescript';
import type { AbstractValue } from './values.js';

/** A variable: its symbol, or the `this` of one function. */
export type VarKey = ts.Symbol | ThisKey;

export interface ThisKey {
  readonly thisOf: ts.Node;
}

type Facts = Map<AbstractValue, ts.Node>;

/**
 * What holds on one path through the code being interpreted.
 *
 * `vars` may-holds (a variable holds any of its values), and so does `moved` (a device moved on
 * some path may not be used, as Rust rejects a possibly moved value); `released`, `dropped` and
 * `absent` must-hold (true on every path that reaches here), so a report of a use after release or
 * drop is never a guess. `awaited` is the first `await` passed on every path in the current async
 * frame. `born` may-holds the guards taken on some path: on a path where a guard was never taken
 * (before the loop that takes it, say) every fact about it holds vacuously, and on a path where it
 * is known `undefined` it needs no release, so a join keeps a release that holds on every path
 * where the guard exists. `pending` may-holds the registrations created and not dropped since on
 * some path (the per-path obligation of a registration, as `released` is a guard's).
 *
 * The maps are copied on first write after a fork (`clone` is cheap: branches that change nothing
 * copy nothing).
 *
 * Invariants: a dead state (after return/throw/break) is never joined into a live one; a map is
 * written only when this state owns it; value arrays stored in `vars` are never mutated in place.
 */
export class State {
  dead = false;
  awaited: ts.Node | undefined = undefined;
  /** Set on the exit state of a `throw` (the model cleans up after a throw: nothing is owed there). */
  threw = false;
  /** Set on the exit state of a `return`: what it returns (never copied by `clone`: it is this exit's alone). */
  returned: readonly AbstractValue[] | undefined = undefined;
  private owned = { vars: true, released: true, moved: true, dropped: true, absent: true, born: true, pending: true };

  constructor(
    private vars: Map<VarKey, AbstractValue[]> = new Map(),
    private released: Facts = new Map(),
    private moved: Facts = new Map(),
    private dropped: Facts = new Map(),
    private absent: Set<AbstractValue> = new Set(),
    private born: Set<AbstractValue> = new Set(),
    private pending: Set<AbstractValue> = new Set(),
  ) {}

  clone(): State {
    const copy = new State(this.vars, this.released, this.moved, this.dropped, this.absent, this.born, this.pending);
    copy.owned = { vars: false, released: false, moved: false, dropped: false, absent: false, born: false, pending: false };
    this.owned = { vars: false, released: false, moved: false, dropped: false, absent: false, born: false, pending: false };
    copy.dead = this.dead;
    copy.awaited = this.awaited;
    return copy;
  }

  get(key: VarKey): AbstractValue[] | undefined {
    return this.vars.get(key);
  }

  set(key: VarKey, values: AbstractValue[]): void {
    this.ownVars().set(key, values);
  }

  /** Adds to what a variable may hold (for writes that may not happen). */
  add(key: VarKey, values: readonly AbstractValue[]): void {
    const current = this.vars.get(key);
    if (current && values.every((v) => current.includes(v))) return;
    const next = current ? [...current] : [];
    for (const v of values) if (!next.includes(v)) next.push(v);
    this.ownVars().set(key, next);
  }

  releasedAt(guard: AbstractValue): ts.Node | undefined {
    return this.released.get(guard);
  }

  release(guard: AbstractValue, at: ts.Node): void {
    if (this.released.get(guard) === at) return;
    if (!this.owned.released) {
      this.released = new Map(this.released);
      this.owned.released = true;
    }
    this.released.set(guard, at);
  }

  movedAt(value: AbstractValue): ts.Node | undefined {
    return this.moved.get(value);
  }

  move(value: AbstractValue, at: ts.Node): void {
    if (!this.owned.moved) {
      this.moved = new Map(this.moved);
      this.owned.moved = true;
    }
    this.moved.set(value, at);
  }

  droppedAt(registration: AbstractValue): ts.Node | undefined {
    return this.dropped.get(registration);
  }

  drop(registration: AbstractValue, at: ts.Node): void {
    if (!this.owned.dropped) {
      this.dropped = new Map(this.dropped);
      this.owned.dropped = true;
    }
    this.dropped.set(registration, at);
    if (this.pending.has(registration)) this.ownPending().delete(registration);
  }

  /** Whether `registration` was created, and not dropped since, on some path that reaches here. */
  isPending(registration: AbstractValue): boolean {
    return this.pending.has(registration);
  }

  /** Records that `registration` is created here and owes a drop (or an owner) on this path. */
  markPending(registration: AbstractValue): void {
    if (!this.pending.has(registration)) this.ownPending().add(registration);
  }

  /** Keeps pending only what is pending on some of `states` (the normal exits of a callee that also threw). */
  keepPendingOf(states: readonly State[]): void {
    const next = new Set<AbstractValue>();
    for (const s of states) for (const r of s.pending) next.add(r);
    this.pending = next;
    this.owned.pending = true;
  }

  private ownPending(): Set<AbstractValue> {
    if (!this.owned.pending) {
      this.pending = new Set(this.pending);
      this.owned.pending = true;
    }
    return this.pending;
  }

  isAbsent(guard: AbstractValue): boolean {
    return this.absent.has(guard);
  }

  markAbsent(guard: AbstractValue): void {
    if (this.absent.has(guard)) return;
    if (!this.owned.absent) {
      this.absent = new Set(this.absent);
      this.owned.absent = true;
    }
    this.absent.add(guard);
  }

  /** Whether `guard` was taken on some path that reaches here. */
  isBorn(guard: AbstractValue): boolean {
    return this.born.has(guard);
  }

  /** Records that `guard` is taken here (it did not exist on the paths that have not passed here). */
  markBorn(guard: AbstractValue): void {
    if (this.born.has(guard)) return;
    if (!this.owned.born) {
      this.born = new Set(this.born);
      this.owned.born = true;
    }
    this.born.add(guard);
  }

  /**
   * Puts the move, release and drop facts of `values` back to what they were in `before`: the
   * start of a loop iteration that binds new elements (the facts a previous iteration recorded
   * on its elements are about other values than this iteration's).
   */
  restoreFacts(values: readonly AbstractValue[], before: State): void {
    for (const v of values) {
      this.restoreFact('moved', v, before.moved.get(v));
      this.restoreFact('released', v, before.released.get(v));
      this.restoreFact('dropped', v, before.dropped.get(v));
      if (before.pending.has(v)) this.markPending(v);
    }
  }

  /**
   * Puts the must facts of `values` (released, dropped, absent) back to what they were in
   * `before`: a path that leaves a loop over them early may not have reached some of them. What
   * may hold (a move) is kept.
   */
  restoreMustFacts(values: readonly AbstractValue[], before: State): void {
    for (const v of values) {
      this.restoreFact('released', v, before.released.get(v));
      this.restoreFact('dropped', v, before.dropped.get(v));
      if (before.pending.has(v)) this.markPending(v);
      if (this.absent.has(v) === before.absent.has(v)) continue;
      if (!this.owned.absent) {
        this.absent = new Set(this.absent);
        this.owned.absent = true;
      }
      if (before.absent.has(v)) this.absent.add(v);
      else this.absent.delete(v);
    }
  }

  private restoreFact(kind: 'moved' | 'released' | 'dropped', v: AbstractValue, at: ts.Node | undefined): void {
    if (this[kind].get(v) === at) return;
    if (!this.owned[kind]) {
      this[kind] = new Map(this[kind]);
      this.owned[kind] = true;
    }
    if (at) this[kind].set(v, at);
    else this[kind].delete(v);
  }

  private ownVars(): Map<VarKey, AbstractValue[]> {
    if (!this.owned.vars) {
      this.vars = new Map(this.vars);
      this.owned.vars = true;
    }
    return this.vars;
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
    const mustDiffer = rest.some((s) => s.released !== first.released || s.absent !== first.absent || s.born !== first.born);
    for (const s of rest) {
      if (s.vars !== out.vars) for (const [k, v] of s.vars) out.add(k, v);
      if (s.dropped !== out.dropped) out.keepOnly('dropped', s.dropped);
      if (s.moved !== out.moved) for (const [k, v] of s.moved) if (!out.moved.has(k)) out.move(k, v);
      if (s.born !== out.born) for (const g of s.born) out.markBorn(g);
      if (s.pending !== out.pending) for (const r of s.pending) out.markPending(r);
      if (!s.awaited) out.awaited = undefined;
    }
    if (mustDiffer) out.joinGuardFacts(live);
    return out;
  }

  /**
   * The releases and absences that hold on every path of `live` where the guard exists: a path
   * that never took the guard says nothing about it, and an absent guard counts as released.
   */
  private joinGuardFacts(live: readonly State[]): void {
    const unborn = (s: State, g: AbstractValue): boolean => !s.born.has(g) && live.some((o) => o.born.has(g));
    const released: Facts = new Map();
    for (const s of live) {
      for (const [g, at] of s.released) {
        if (released.has(g)) continue;
        if (live.every((o) => o.released.has(g) || o.absent.has(g) || unborn(o, g))) released.set(g, at);
      }
    }
    const absent = new Set<AbstractValue>();
    for (const s of live) for (const g of s.absent) if (live.every((o) => o.absent.has(g) || unborn(o, g))) absent.add(g);
    this.released = released;
    this.owned.released = true;
    this.absent = absent;
    this.owned.absent = true;
  }

  private keepOnly(which: 'released' | 'dropped', other: Facts): void {
    const current = this[which];
    const drop = [...current.keys()].filter((k) => !other.has(k));
    if (drop.length === 0) return;
    const next = new Map(current);
    for (const k of drop) next.delete(k);
    this[which] = next;
    this.owned[which] = true;
  }

}
