import type { BusDriverLike } from '../bus/bus-driver.js';
import { Scope } from '../lifetime/scope.js';
import type { DeviceNode } from './device-node.js';
import { ResourceList } from './resource-list.js';

/**
 * A registration (`drm.Registration`, `auxiliary.Registration`) whose parent is a binding.
 *
 * Invariants: `dropped` never goes back to false; `drop` is idempotent.
 */
export interface OwnedRegistration {
  readonly label: string;
  /** Where it was created. */
  readonly site: string | undefined;
  readonly dropped: boolean;
  drop(): Promise<void>;
}

/**
 * Where a binding is in its life.
 *
 * Invariants: only moves forward: probing → bound → unbinding → ended, or probing → ended.
 */
export type BindingState = 'probing' | 'bound' | 'unbinding' | 'ended';

let nextBindingId = 1;

/**
 * One binding of a driver to a device: from the start of `probe` to the end of unbind (the Rust
 * `'bound` lifetime). Owns the driver data, the devres list and the registrations whose parent it
 * is.
 *
 * Invariants: `scope` is alive until the driver data has been dropped at unbind (or the probe
 * failed); `state` only moves forward (probing → bound → unbinding → ended, or probing → ended);
 * `data` is set only once probe returned.
 */
export class Binding {
  readonly id = nextBindingId++;
  readonly node: DeviceNode;
  readonly driver: BusDriverLike;
  readonly scope: Scope;
  readonly resources = new ResourceList();
  readonly registrations = new Set<OwnedRegistration>();
  state: BindingState = 'probing';
  data: unknown = undefined;
  /** The unbind in progress, so concurrent unbinds wait for the same teardown. */
  teardown: Promise<void> | undefined = undefined;

  constructor(node: DeviceNode, driver: BusDriverLike) {
    this.node = node;
    this.driver = driver;
    this.scope = new Scope('binding', `the binding of ${driver.name} to ${node.label}`);
  }

  get alive(): boolean {
    return this.scope.alive;
  }
}
