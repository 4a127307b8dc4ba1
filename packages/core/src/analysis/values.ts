import type * as ts from 'typescript';
import type { Scope } from '../model/spec.js';

/**
 * Abstract values: what the interpreter tracks instead of real objects.
 *
 * - `scoped`: a value that lives only for a scope (`section`, `callback`, `binding`), obtained at
 *   `origin`. `rule` says which rule reports its escapes.
 * - `guard`: an `UnbindGuard` (also section-scoped); section values taken from it point back to it.
 * - `param`: a parameter of the function being summarised (or `this`, index -1): its identity lets
 *   a summary say what the function does with it.
 * - `fresh`: an object or array created in the analysed code; `contents` says what it holds.
 * - `closure`: a function value; `contents` are the values it captures.
 * - `unregistered`: an unregistered device, which a registration consumes.
 * - `registration`: a registration, which must be owned by the driver data or dropped.
 * - `registeredDevice`: the device of a registration (used after the registration is dropped?).
 * - `driverData`: the driver data `unbind` only borrows.
 * - `external`: an object the model hands out that lives as long as the device (a file's data):
 *   anything stored in it outlives every section, callback and binding.
 *
 * Invariants: `id` is unique per engine; `region` (when set) lies in `origin`'s file and contains
 * `origin` for values obtained in code; `root` is the value this one was derived from (itself for
 * originals), so one problem is reported once however many aliases it has.
 */
export type ValueKind =
  | 'scoped'
  | 'guard'
  | 'param'
  | 'fresh'
  | 'closure'
  | 'unregistered'
  | 'registration'
  | 'registeredDevice'
  | 'driverData'
  | 'external';

export type ScopeRule = 'guard' | 'bound';

export interface AbstractValue {
  readonly id: number;
  readonly kind: ValueKind;
  readonly origin: ts.Node;
  /** Human description for messages, e.g. "the parent from the unbind guard". */
  readonly description: string;
  readonly scope?: Scope;
  readonly rule?: ScopeRule;
  /** The node whose extent is this value's scope (a function or a block). */
  readonly region?: ts.Node;
  /** For section values of an explicit guard: that guard. */
  readonly guard?: AbstractValue;
  /** For `param`: the parameter index (-1 for `this`). */
  readonly paramIndex?: number;
  /** For `registeredDevice`: its registration. */
  readonly registration?: AbstractValue;
  /** For `registration`: the label of its kind. */
  readonly label?: string;
  /** For closures: the function node. */
  readonly fn?: ts.FunctionLikeDeclaration;
  /** For values obtained through a helper call: where the helper obtained them. */
  readonly through?: readonly RelatedNode[];
  /** For scoped values that keep a `Core` context past the callback. */
  readonly keepsCore?: boolean;
  /**
   * For values read from a property: whether the property's type can carry anything at all (not a
   * primitive, not a handle). Asked only where it matters (at a sink), so most reads cost no type
   * query. Absent: carries.
   */
  readonly carries?: () => boolean;
  /** The model type (spec name) of the value when it is known without asking the checker. */
  readonly modelType?: string;
  /**
   * For a value a summarised function obtained with a proof it was given (`regs.access(parent)`):
   * the indices of those parameters, so a caller's result lives no longer than its arguments
   * (proofs.ts).
   */
  readonly proofs?: readonly number[];
  readonly root: AbstractValue;
  /** What the value holds, by property name (`*` for unknown keys and elements). Mutable. */
  /** Shared and empty until something is stored (most values never hold anything). */
  readonly contents: ReadonlyMap<string, AbstractValue[]>;
}

export interface RelatedNode {
  readonly node: ts.Node;
  readonly message: string;
}

let nextId = 1;
const noContents: ReadonlyMap<string, AbstractValue[]> = new Map();

export interface NewValue {
  readonly kind: ValueKind;
  readonly origin: ts.Node;
  readonly description: string;
  readonly scope?: Scope;
  readonly rule?: ScopeRule;
  readonly region?: ts.Node;
  readonly guard?: AbstractValue;
  readonly paramIndex?: number;
  readonly registration?: AbstractValue;
  readonly label?: string;
  readonly fn?: ts.FunctionLikeDeclaration;
  readonly through?: readonly RelatedNode[];
  readonly keepsCore?: boolean;
  readonly carries?: () => boolean;
  readonly modelType?: string;
  readonly proofs?: readonly number[];
  readonly root?: AbstractValue;
}

export function createValue(init: NewValue): AbstractValue {
  const value = { ...init, id: nextId++, contents: noContents } as {
    -readonly [K in keyof AbstractValue]: AbstractValue[K];
  };
  value.root = init.root ?? value;
  return value;
}

/** A value derived from `base` (a property of it, its alias through a call): same scope and root. */
export function deriveValue(
  base: AbstractValue,
  origin: ts.Node,
  description: string,
  carries?: () => boolean,
  modelType?: string,
): AbstractValue {
  const { id: _id, contents: _contents, root, origin: _origin, description: _description, carries: _carries, modelType: _type, ...rest } = base;
  return createValue({ ...rest, origin, description, root, ...(carries ? { carries } : {}), ...(modelType ? { modelType } : {}) });
}

/** Whether a value can carry anything (see `AbstractValue.carries`). */
export function carries(v: AbstractValue): boolean {
  return v.carries === undefined || v.carries();
}

/** Whether a value has a scope a rule checks. */
export function isScoped(v: AbstractValue): boolean {
  return (v.kind === 'scoped' || v.kind === 'guard') && v.scope !== undefined && v.scope !== 'device' && carries(v);
}

/**
 * Whether a rule follows where `v` goes: scoped values, the borrowed driver data and what it holds
 * that carries a scope, and (in summaries) parameters.
 */
export function isTracked(v: AbstractValue, mode: 'report' | 'summary'): boolean {
  return mayBeTracked(v, mode) && carries(v);
}

/** Whether `holders` pass through a registration (its registration data is owned by it). */
export function throughRegistration(holders: readonly AbstractValue[]): boolean {
  return holders.some((h) => h.kind === 'registration');
}

/** `isTracked` by kind and scope only, without asking the value's type (a cheap superset of it). */
export function mayBeTracked(v: AbstractValue, mode: 'report' | 'summary'): boolean {
  if ((v.kind === 'scoped' || v.kind === 'guard') && v.scope !== undefined && v.scope !== 'device') return true;
  if (v.kind === 'driverData') return v.scope === 'binding';
  return mode === 'summary' && v.kind === 'param';
}

/** Adds `values` to `into`, keeping each value once. */
export function addAll(into: AbstractValue[], values: readonly AbstractValue[]): void {
  for (const v of values) if (!into.includes(v)) into.push(v);
}

export function union(...sets: readonly (readonly AbstractValue[])[]): AbstractValue[] {
  const out: AbstractValue[] = [];
  for (const s of sets) addAll(out, s);
  return out;
}

export function addContent(container: AbstractValue, key: string, values: readonly AbstractValue[]): void {
  if (values.length === 0) return;
  if (container.contents === noContents) (container as unknown as { contents: Map<string, AbstractValue[]> }).contents = new Map();
  const contents = container.contents as Map<string, AbstractValue[]>;
  let slot = contents.get(key);
  if (!slot) contents.set(key, (slot = []));
  addAll(slot, values);
}

/** What reading `key` (or any key, when undefined) of a container gives. */
export function readContent(container: AbstractValue, key: string | undefined): AbstractValue[] {
  if (key === undefined) return union(...container.contents.values());
  return union(container.contents.get(key) ?? [], key === '*' ? [] : (container.contents.get('*') ?? []));
}

/**
 * Every value reachable from `values` through contents, with the chain of containers that holds
 * it (empty for the values themselves). Cycles are cut.
 */
export function reachable(values: readonly AbstractValue[]): { value: AbstractValue; holders: AbstractValue[] }[] {
  const out: { value: AbstractValue; holders: AbstractValue[] }[] = [];
  const seen = new Set<AbstractValue>();
  const visit = (v: AbstractValue, holders: AbstractValue[]): void => {
    if (seen.has(v)) return;
    seen.add(v);
    out.push({ value: v, holders });
    for (const slot of v.contents.values()) for (const inner of slot) visit(inner, [...holders, v]);
  };
  for (const v of values) visit(v, []);
  return out;
}
