import type { BusKind, DeviceNode } from '../device/device-node.js';
import { KernelError } from '../errors/kernel-error.js';
import type { KernelContext } from '../sim/kernel-context.js';
import { checkDriver, type BusDriverLike, type IdTableRules } from './bus-driver.js';
import { probeNode } from './probe.js';
import { unbindNode } from './teardown.js';

interface Match {
  readonly driver: BusDriverLike;
  readonly info: unknown;
}

/**
 * A driver as the bus registered it, with its id table as it was then (like the kernel's static
 * id tables: entries changed or added later are not seen, and entries checked at registration
 * stay the ones matched).
 *
 * Invariants: `entries` passed `checkDriver` for this bus and never change.
 */
interface Registered {
  readonly driver: BusDriverLike;
  readonly entries: readonly object[];
}

/**
 * One simulated bus (the driver core's `struct bus_type`): its devices, its drivers, matching by
 * id table, probe and unbind. Used by the `Kernel` for pci, platform and auxiliary.
 *
 * Devices and drivers are kept in Maps by name (insertion-ordered), so adding, finding and
 * removing one costs the same however many there are.
 *
 * Invariants: a device is bound to at most one driver; device names and driver names are unique
 * on the bus, and a driver is registered at most once; every registered driver passed
 * `checkDriver` for this bus; devices and drivers are matched in the order they were added.
 */
export class Bus {
  readonly kind: BusKind;
  readonly #ctx: KernelContext;
  readonly #ids: IdTableRules;
  readonly #devices = new Map<string, DeviceNode>();
  readonly #drivers = new Map<string, Registered>();
  readonly #removals = new WeakMap<DeviceNode, Promise<void>>();

  constructor(ctx: KernelContext, kind: BusKind, ids: IdTableRules) {
    this.#ctx = ctx;
    this.kind = kind;
    this.#ids = ids;
  }

  /** The devices on the bus, in the order they were added. */
  get devices(): readonly DeviceNode[] {
    return [...this.#devices.values()];
  }

  /** Whether a device of that name is on the bus. */
  hasDevice(name: string): boolean {
    return this.#devices.has(name);
  }

  #match({ driver, entries }: Registered, node: DeviceNode): Match | undefined {
    for (const entry of entries) {
      if (this.#ids.matches(entry, node)) return { driver, info: (entry as { info?: unknown }).info };
    }
    return undefined;
  }

  #firstMatch(node: DeviceNode): Match | undefined {
    for (const registered of this.#drivers.values()) {
      const match = this.#match(registered, node);
      if (match !== undefined) return match;
    }
    return undefined;
  }

  /** Probes, logging a failure instead of throwing (hotplug and driver registration do that). */
  async #tryProbe(node: DeviceNode, match: Match): Promise<void> {
    await probeNode(node, match.driver, match.info).catch(() => undefined);
  }

  /** Adds a device and probes the first matching driver (a failed probe is logged). */
  async addDevice(node: DeviceNode): Promise<void> {
    if (this.#devices.has(node.name)) throw new KernelError('EEXIST', `${node.label} already exists`);
    this.#devices.set(node.name, node);
    this.#ctx.emit({ kind: 'device-added', subject: node.label, message: 'added' });
    const match = this.#firstMatch(node);
    if (match !== undefined) await this.#tryProbe(node, match);
  }

  /**
   * Registers a driver and probes every unbound device it matches (failures are logged).
   * `EINVAL` for something that is not a driver of this bus (see `checkDriver`), `EEXIST` for a
   * driver registered twice or a second driver of the same name.
   */
  async registerDriver(driver: BusDriverLike): Promise<void> {
    checkDriver(driver, this.kind, this.#ids);
    const known = this.#drivers.get(driver.name)?.driver;
    if (known === driver) throw new KernelError('EEXIST', `driver ${driver.name} is already registered on ${this.kind}`);
    if (known !== undefined) throw new KernelError('EEXIST', `a driver named ${driver.name} is already registered on ${this.kind}`);
    const registered: Registered = { driver, entries: [...driver.idTable] };
    this.#drivers.set(driver.name, registered);
    this.#ctx.emit({ kind: 'driver-registered', subject: `${this.kind} driver`, message: driver.name });
    for (const node of [...this.#devices.values()]) {
      const match = node.binding === undefined && !node.removed ? this.#match(registered, node) : undefined;
      if (match !== undefined) await this.#tryProbe(node, match);
    }
  }

  /** Unbinds every device bound to `driver`, then forgets the driver. */
  async unregisterDriver(driver: BusDriverLike): Promise<void> {
    if (this.#drivers.get(driver.name)?.driver !== driver) throw new KernelError('ENOENT', `driver ${driver.name} is not registered on ${this.kind}`);
    this.#drivers.delete(driver.name);
    const errors: unknown[] = [];
    for (const node of [...this.#devices.values()]) {
      if (node.binding?.driver === driver) await unbindNode(node).catch((error: unknown) => errors.push(error));
    }
    this.#ctx.emit({ kind: 'driver-unregistered', subject: `${this.kind} driver`, message: driver.name });
    if (errors.length > 0) throw errors[0];
  }

  /** Probes the first matching driver; throws what the probe threw (`ENODEV` if none matches). */
  async bind(node: DeviceNode): Promise<void> {
    const match = this.#firstMatch(node);
    if (match === undefined) throw new KernelError('ENODEV', `no ${this.kind} driver matches ${node.label}`);
    await probeNode(node, match.driver, match.info);
  }

  unbind(node: DeviceNode): Promise<void> {
    return unbindNode(node);
  }

  /**
   * Unbinds (if bound) and removes the device; its handles stay valid as `Device<Normal>`.
   * Concurrent calls share one removal (a parent dropping its auxiliary child waits for it).
   */
  removeDevice(node: DeviceNode): Promise<void> {
    let removal = this.#removals.get(node);
    if (removal === undefined) {
      node.removed = true;
      removal = unbindNode(node).finally(() => {
        if (this.#devices.get(node.name) === node) this.#devices.delete(node.name);
        this.#ctx.emit({ kind: 'device-removed', subject: node.label, message: 'removed' });
      });
      this.#removals.set(node, removal);
    }
    return removal;
  }
}
