import type { Device as AuxiliaryDevice } from '../auxiliary/device.js';
import { auxiliaryIdTable } from '../auxiliary/driver.js';
import { Bus } from '../bus/bus.js';
import type { Normal } from '../device/context.js';
import type { Device as GenericDevice } from '../device/device.js';
import type { BusKind, DeviceNode } from '../device/device-node.js';
import { viewOf } from '../device/view.js';
import { KernelError } from '../errors/kernel-error.js';
import { ModelViolation } from '../errors/violations.js';
import type { Device as PciDevice } from '../pci/device.js';
import { pciIdTable } from '../pci/driver.js';
import type { Device as PlatformDevice } from '../platform/device.js';
import { platformIdTable } from '../platform/driver.js';
import { thenableOf } from '../sync/driver-work.js';
import { AuxiliarySim } from './auxiliary-sim.js';
import { DrmSim } from './drm-sim.js';
import type { KernelContext } from './kernel-context.js';
import { LifecycleLog, formatEvent, type LifecycleEvent, type LifecycleEventKind } from './lifecycle-log.js';
import { PciSim } from './pci-sim.js';
import { PlatformSim } from './platform-sim.js';
import { Scheduler, type Picker, type SchedulingMode } from './scheduler.js';

/**
 * Options of `new Kernel(options)`.
 *
 * Invariants: `graceTurns` is a positive integer (`RangeError` otherwise).
 */
export interface KernelOptions {
  /**
   * Scheduler turns an unplug (or a devres revocation) waits for an open critical section before
   * it fails with `GuardLeaked`, and a teardown waits for a destructor before `DisposeTimedOut`.
   * Default 1000.
   */
  readonly graceTurns?: number;
  /** `'auto'` (default): pending work runs by itself; `'manual'`: only `step()`/`settle()` run it. */
  readonly scheduling?: SchedulingMode;
  /** The interleaving hook: picks which ready work item runs on each turn. Default: the first. */
  readonly pick?: Picker;
  /** Called for every lifecycle event as it happens. */
  readonly onEvent?: (event: LifecycleEvent) => void;
  /** Print every event as it happens: `true` for `console.log`, or a line writer. */
  readonly print?: boolean | ((line: string) => void);
}

/**
 * Any device object (generic or of a bus), in any context.
 *
 * Invariants: made by this model (the simulator refuses other objects with `EINVAL`).
 */
export type AnyDevice = GenericDevice<Normal> | PciDevice<Normal> | PlatformDevice<Normal> | AuxiliaryDevice<Normal>;

/**
 * The simulator: a small driver core with three buses, DRM registration, a deterministic scheduler
 * and a lifecycle log. Tests and demos plug devices in, register drivers (which probes them),
 * unbind, rebind and remove devices, open DRM files, issue ioctls and raise IRQs, and read what
 * happened in `events` / `formatLog()`.
 *
 * Everything that tears down is `async` (unbind waits for critical sections); probes are
 * synchronous but a failed probe's cleanup is not, so binding operations are `async` too.
 *
 * Invariants: the simulator stays consistent after any violation (leaked guards are force-closed,
 * leaked registrations are dropped, each after being reported); no real timers are used.
 */
export class Kernel {
  readonly pci: PciSim;
  readonly platform: PlatformSim;
  readonly auxiliary: AuxiliarySim;
  readonly drm: DrmSim;
  readonly scheduler: Scheduler;
  readonly #log: LifecycleLog;
  readonly #buses: Readonly<Record<BusKind, Bus>>;
  readonly #background = new Set<Promise<void>>();

  constructor(options: KernelOptions = {}) {
    const graceTurns = options.graceTurns ?? 1000;
    if (!Number.isInteger(graceTurns) || graceTurns < 1) throw new RangeError(`graceTurns must be a positive integer, got ${graceTurns}`);
    this.scheduler = new Scheduler({
      mode: options.scheduling ?? 'auto',
      ...(options.pick === undefined ? {} : { pick: options.pick }),
      onWorkError: (label, error) => this.#emitError('work-failed', 'scheduler', label, error),
    });
    this.#log = new LifecycleLog(() => this.scheduler.turn);
    if (options.onEvent !== undefined) this.#log.listen(options.onEvent);
    const print = options.print === true ? (line: string) => console.log(line) : options.print || undefined;
    if (print !== undefined) this.#log.listen((event) => print(formatEvent(event)));

    this.drm = new DrmSim();
    const ctx: KernelContext = {
      scheduler: this.scheduler,
      graceTurns,
      emit: (event) => void this.#log.emit(event),
      addChildDevice: (node) => this.#addChild(node),
      removeDevice: (node) => this.#busOf(node).removeDevice(node),
      drmRegistered: (record) => this.drm.add(record),
      drmUnregistered: (record) => this.drm.remove(record),
    };
    this.#buses = {
      pci: new Bus(ctx, 'pci', pciIdTable),
      platform: new Bus(ctx, 'platform', platformIdTable),
      auxiliary: new Bus(ctx, 'auxiliary', auxiliaryIdTable),
    };
    this.pci = new PciSim(ctx, this.#buses.pci);
    this.platform = new PlatformSim(ctx, this.#buses.platform);
    this.auxiliary = new AuxiliarySim(this.#buses.auxiliary);
  }

  #busOf(node: DeviceNode): Bus {
    return this.#buses[node.props.bus];
  }

  #emitError(kind: LifecycleEventKind, subject: string, message: string, error: unknown): void {
    const err = error instanceof Error ? error : new Error(String(error));
    this.#log.emit({ kind, subject, message: `${message}: ${err.name}: ${err.message}`, error: err });
  }

  #addChild(node: DeviceNode): void {
    const bus = this.#busOf(node);
    if (bus.hasDevice(node.name)) {
      throw new KernelError('EEXIST', `${node.label} already exists`);
    }
    const work = bus.addDevice(node).catch((error: unknown) => this.#emitError('work-failed', node.label, 'adding the device', error));
    this.#background.add(work);
    void work.finally(() => this.#background.delete(work));
  }

  /** Probes the first matching driver; rejects with what the probe threw (`ENODEV`: no driver). */
  bind(dev: AnyDevice): Promise<void> {
    const node = viewOf(dev).node;
    return this.#busOf(node).bind(node);
  }

  /**
   * Unbinds the device's driver (no-op if unbound): `unbind` → driver data dropped → devres
   * released → unbound. Rejects with the first violation (`RegistrationLeaked`, `GuardLeaked`,
   * `DisposeTimedOut`, …) or driver error (`EINVAL` for an `async` unbind), after finishing the
   * teardown: a misbehaving driver never leaves it half done or pending forever.
   */
  unbind(dev: AnyDevice): Promise<void> {
    const node = viewOf(dev).node;
    return this.#busOf(node).unbind(node);
  }

  /** Unbinds, then binds again. */
  async rebind(dev: AnyDevice): Promise<void> {
    await this.unbind(dev);
    await this.bind(dev);
  }

  /** Unbinds (if bound) and removes the device; its handles keep working as `Device<Normal>`. */
  removeDevice(dev: AnyDevice): Promise<void> {
    const node = viewOf(dev).node;
    return this.#busOf(node).removeDevice(node);
  }

  /** Whether the device is bound (or being probed or unbound). */
  isBound(dev: AnyDevice): boolean {
    return viewOf(dev).node.binding !== undefined;
  }

  /** The name of the driver bound to the device, if any. */
  boundDriver(dev: AnyDevice): string | undefined {
    return viewOf(dev).node.binding?.driver.name;
  }

  /**
   * Raises IRQ `line` of the device: runs its handler if one is installed. Returns whether one
   * was. What the handler throws reaches the caller; a promise it returns (an `async` handler)
   * is not waited for, and its rejection is logged as `work-failed`.
   */
  raiseIrq(dev: AnyDevice, line: number): boolean {
    const node = viewOf(dev).node;
    const action = node.irqs.get(line);
    if (action === undefined) {
      this.#log.emit({ kind: 'irq', subject: node.label, message: `IRQ ${line}: no handler` });
      return false;
    }
    this.#log.emit({ kind: 'irq', subject: node.label, message: `IRQ ${line} -> ${action.name}` });
    const result: unknown = action.handler();
    thenableOf(result, `the IRQ ${line} handler of ${node.label}`)?.catch((error: unknown) => this.#emitError('work-failed', node.label, `IRQ ${line} handler ${action.name}`, error));
    return true;
  }

  /** Queues work (a work item) to run on a later scheduler turn. */
  defer(label: string, work: () => unknown): void {
    this.scheduler.defer(label, work);
  }

  /** Resolves after `turns` scheduler turns: how simulated drivers and tests wait. */
  sleep(turns = 1): Promise<void> {
    return this.scheduler.sleep(turns);
  }

  /** Runs one scheduler turn; returns whether anything was pending. */
  step(): Promise<boolean> {
    return this.scheduler.step();
  }

  /** Runs until nothing is pending: no work, sleeper, waiter or background probe. */
  async settle(): Promise<void> {
    do {
      await this.scheduler.settle();
      await Promise.all([...this.#background]);
    } while (!this.scheduler.idle || this.#background.size > 0);
  }

  /** The scheduler clock. */
  get turn(): number {
    return this.scheduler.turn;
  }

  /** Everything that happened, in order. */
  get events(): readonly LifecycleEvent[] {
    return this.#log.events;
  }

  /** The model violations reported so far (also as `violation` events). */
  violations(): ModelViolation[] {
    return this.#log.events.flatMap((event) => (event.kind === 'violation' && event.error instanceof ModelViolation ? [event.error] : []));
  }

  /** The log as readable lines (optionally only some kinds of events). */
  formatLog(kinds?: readonly LifecycleEventKind[]): string {
    return this.#log.events
      .filter((event) => kinds === undefined || kinds.includes(event.kind))
      .map(formatEvent)
      .join('\n');
  }

  /** Prints the log, one event per line. */
  printLog(write: (line: string) => void = (line) => console.log(line)): void {
    for (const event of this.#log.events) write(formatEvent(event));
  }
}
