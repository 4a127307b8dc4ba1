import { KernelError } from '../errors/kernel-error.js';
import { ContextExpired, NotBound } from '../errors/violations.js';
import type { Scope } from '../lifetime/scope.js';
import { unguard } from '../sync/guarded-value.js';
import type { Binding } from './binding.js';
import type { DeviceNode } from './device-node.js';

/**
 * The runtime counterpart of a context marker: Normal < Bound < Core < CoreInternal.
 *
 * Invariants: ordered like the markers' `extends` chain.
 */
export type Level = 0 | 1 | 2 | 3;
export const NORMAL: Level = 0;
export const BOUND: Level = 1;
export const CORE: Level = 2;
export const CORE_INTERNAL: Level = 3;

const levelNames = ['Device<Normal>', 'Device<Bound>', 'Device<Core>', 'Device<CoreInternal>'] as const;

/**
 * What one device object proves, at run time: the node it is a view of, its context level, the
 * binding it proves (Bound and up), the bus callback it belongs to (Core and up), and the scopes
 * the whole object lives in (the critical section of a guard's `parent`).
 *
 * Invariants: `binding` is set iff `level >= BOUND`; `callback` is set iff `level >= CORE`; a view
 * is never changed, only derived.
 */
export interface DeviceView {
  readonly node: DeviceNode;
  readonly level: Level;
  readonly binding: Binding | undefined;
  readonly callback: Scope | undefined;
  readonly lifetime: readonly Scope[];
}

export function normalView(node: DeviceNode): DeviceView {
  return { node, level: NORMAL, binding: undefined, callback: undefined, lifetime: [] };
}

export function boundView(node: DeviceNode, binding: Binding, lifetime: readonly Scope[] = []): DeviceView {
  return { node, level: BOUND, binding, callback: undefined, lifetime };
}

export function coreView(node: DeviceNode, binding: Binding, callback: Scope): DeviceView {
  return { node, level: CORE, binding, callback, lifetime: [] };
}

/** Throws if the object itself is dead (a guard's parent after the section). */
export function checkAlive(view: DeviceView, what: string): void {
  for (const scope of view.lifetime) scope.check(what);
}

/** Throws `NotBound` unless the view proves a binding that is still alive. */
export function checkBound(view: DeviceView, what: string): Binding {
  checkAlive(view, what);
  const binding = view.binding;
  if (view.level < BOUND || binding === undefined) {
    throw new NotBound(`${what} needs a bound device, but a ${levelNames[view.level]} of ${view.node.label} proves nothing about binding`, undefined);
  }
  binding.scope.check(what);
  return binding;
}

/** Throws `ContextExpired` unless the view is a Core view whose callback is still running. */
export function checkCore(view: DeviceView, what: string): Binding {
  checkAlive(view, what);
  if (view.level < CORE || view.callback === undefined) {
    throw new ContextExpired(`${what} needs Device<Core>, but got a ${levelNames[view.level]} of ${view.node.label}`, undefined);
  }
  view.callback.check(what);
  return checkBound(view, what);
}

// Every device object (of any bus) mapped to its view, for entry points that take "a device".
const views = new WeakMap<object, DeviceView>();

export function registerView(device: object, view: DeviceView): void {
  views.set(device, view);
}

/** The view behind a device object of any bus (unwrapping guarded proxies); `EINVAL` otherwise. */
export function viewOf(device: unknown): DeviceView {
  const real = unguard(device);
  const view = typeof real === 'object' && real !== null ? views.get(real) : undefined;
  if (view === undefined) throw new KernelError('EINVAL', 'not a device object made by the model');
  return view;
}
