import type * as ts from 'typescript';
import type { AbstractValue, RelatedNode } from './values.js';

/** Where a parameter (or what it holds) leaves the function. */
export interface ParamEscape {
  readonly param: number;
  readonly sink: ts.Node;
  readonly how: string;
  readonly through: readonly RelatedNode[];
  readonly keepsCore?: boolean;
}

/**
 * What a function does to what a parameter holds at a property path (`this.guard.release()`:
 * parameter -1, path `guard`), on every exit for a release, on some exit for a drop.
 */
export interface FieldFact {
  readonly param: number;
  readonly path: readonly string[];
  readonly node: ts.Node;
}

export interface ParamMutation {
  readonly param: number;
  /** The change is to a part of the parameter (`p.stats.resets = 0`), which reaches what the argument holds, not only the argument itself. */
  readonly part?: boolean;
  readonly node: ts.Node;
  readonly how: string;
  readonly through: readonly RelatedNode[];
}

/**
 * What a function does with its parameters, from its body alone, so that a call can be judged
 * without looking inside again (L3 same-file helpers, L4 helpers in other modules). Parameter
 * index -1 is `this` (for constructors: the new object).
 *
 * Invariants: final once per declaration and program; within a recursion, computed against the
 * assumed summary of the cycle's head until that settles (see `getSummary`).
 */
export interface Summary {
  readonly escapes: readonly ParamEscape[];
  readonly returnsParams: ReadonlySet<number>;
  /**
   * Parameters the objects it creates and returns hold rather than return (`[...items]`,
   * `{ list: items }`): under `key` in the returned object, `*` for elements or deeper. The
   * caller's copy of the object holds the argument there, and its contents: a fresh container,
   * not the argument itself.
   */
  readonly returnsInside?: readonly { readonly param: number; readonly key: string }[];
  /** What it reads of a parameter through a property path that is an unregistered device (`slot.udev.name`): a use of what the argument holds there. */
  readonly usesAlong?: readonly FieldFact[];
  /** It returns what calling parameter k returns (`const v = build(); return v;`): callback-results.ts. */
  readonly returnsCallOf: ReadonlySet<number>;
  /** Parameter `from` is stored into parameter `to`'s object, under `key` when the store names one (`this.guard = g`). */
  readonly flowsInto: readonly { readonly from: number; readonly to: number; readonly node: ts.Node; readonly key?: string }[];
  readonly releases: ReadonlySet<number>;
  /** Guards released through a parameter's property path (`this.guard.release()`), on every exit. */
  readonly releasesAlong: readonly FieldFact[];
  /** Registrations dropped through a parameter's property path (`this.#reg.drop()`), on some exit. */
  readonly dropsAlong: readonly FieldFact[];
  readonly moves: ReadonlyMap<number, ts.Node>;
  readonly drops: ReadonlySet<number>;
  readonly mutations: readonly ParamMutation[];
  readonly usesAfterAwait: ReadonlyMap<number, ts.Node>;
  /** The function returns an object it created. */
  readonly returnsFresh: boolean;
  /** What it returns may be an object a long-lived place keeps (a singleton accessor's `return (C.#instance ??= new C())`). */
  readonly returnsLongLived?: boolean;
  /** Values the function obtained itself and returns (guards, registrations, scoped values). */
  readonly returned: readonly AbstractValue[];
  /** Registrations it creates and returns inside the objects it makes (a builder): the caller's object owns them. */
  readonly held: readonly AbstractValue[];
  /**
   * When what it returns is one array whose positions are known (a tuple literal) and holds only
   * `held` registrations: which of them is at each index, so the caller's array holds them there
   * (iteration.ts).
   */
  readonly heldAt?: readonly (readonly AbstractValue[])[];
  /**
   * For `held` registrations kept directly in a returned object under one property name
   * (`return { registration, device }`): that name, so the caller's copy of the object holds them
   * there and reading another property (`const { device } = make()`) does not take them.
   */
  readonly heldKeys?: ReadonlyMap<AbstractValue, string>;
  /**
   * For `held` registrations kept deeper in a returned object, under one of its properties only
   * (`return { children: [a, b], names }`): that name, so the caller's copy holds them in a
   * container there and reading another property (`const { names } = make()`) does not take them.
   */
  readonly heldWithin?: ReadonlyMap<AbstractValue, string>;
  /**
   * Registrations the function creates (itself or through its callees) and stores into a
   * parameter's object (`this.children.push(Registration.new(…))`): at each call, a registration
   * made there and held by that argument, owned only if the argument is; `key`: the property it
   * is assigned to there, when the store names one (`this.#child = Registration.new(…)`).
   */
  readonly storedIn: readonly { readonly param: number; readonly path: readonly string[]; readonly key?: string; readonly node: ts.Node; readonly label?: string; readonly modelType?: string; readonly through: readonly RelatedNode[] }[];
  /** Registrations the function creates (itself or through its callees) and neither returns, owns nor drops. */
  readonly leaked: readonly { readonly node: ts.Node; readonly through: readonly RelatedNode[] }[];
  /** Registered-only operations it performs on a parameter (on an unregistered device: a misuse). */
  readonly registeredOps: ReadonlyMap<number, { readonly node: ts.Node; readonly op: string }>;
}

export const borrowingSummary: Summary = {
  escapes: [],
  returnsParams: new Set(),
  returnsCallOf: new Set(),
  flowsInto: [],
  releases: new Set(),
  releasesAlong: [],
  dropsAlong: [],
  moves: new Map(),
  drops: new Set(),
  mutations: [],
  usesAfterAwait: new Map(),
  returnsFresh: false,
  returned: [],
  held: [],
  storedIn: [],
  leaked: [],
  registeredOps: new Map(),
};

const nodeIds = new WeakMap<object, number>();
let nextNodeId = 1;
function idOf(node: object): number {
  let id = nodeIds.get(node);
  if (id === undefined) nodeIds.set(node, (id = nextNodeId++));
  return id;
}

/**
 * What a summary says, as a comparable string: which parameter goes where, at which node. The
 * paths that led there (`through`, and the wording of `how`, which names them) are left out, so
 * two rounds of a recursion that find the same facts by longer paths compare equal.
 */
export function summaryFacts(s: Summary): string {
  const list = (items: Iterable<string>): string => [...items].sort().join(',');
  return [
    list(s.escapes.map((e) => `${e.param}>${idOf(e.sink)}:${e.keepsCore ? 1 : 0}`)),
    list([...s.returnsParams].map(String)),
    list((s.returnsInside ?? []).map((r) => `${r.param}.${r.key}`)),
    list((s.usesAlong ?? []).map((u) => `${u.param}.${u.path.join('.')}`)),
    list([...s.returnsCallOf].map(String)),
    list(s.flowsInto.map((f) => `${f.from}>${f.to}.${f.key ?? '*'}@${idOf(f.node)}`)),
    list([...s.releases].map(String)),
    list(s.releasesAlong.map((r) => `${r.param}.${r.path.join('.')}`)),
    list(s.dropsAlong.map((r) => `${r.param}.${r.path.join('.')}`)),
    list([...s.moves].map(([i, n]) => `${i}@${idOf(n)}`)),
    list([...s.drops].map(String)),
    list(s.mutations.map((m) => `${m.param}@${idOf(m.node)}`)),
    list([...s.usesAfterAwait].map(([i, n]) => `${i}@${idOf(n)}`)),
    s.returnsFresh ? 'fresh' : '',
    s.returnsLongLived ? 'long-lived' : '',
    list(s.returned.map((v) => `${v.kind}@${idOf(v.origin)}`)),
    list(s.leaked.map((l) => String(idOf(l.node)))),
    list(s.storedIn.map((r) => `${r.param}.${r.path.join('.')}.${r.key ?? '*'}@${idOf(r.node)}`)),
    list([...s.registeredOps].map(([i, o]) => `${i}@${idOf(o.node)}:${o.op}`)),
  ].join('|');
}
