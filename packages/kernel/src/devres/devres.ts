import { KernelError } from '../errors/kernel-error.js';
import type { Bound } from '../device/context.js';
import type { Device } from '../device/device.js';
import type { DeviceNode } from '../device/device-node.js';
import { checkBound, viewOf } from '../device/view.js';
import { markKernelObject } from '../lifetime/kernel-objects.js';
import { disposeDriverValue, typeName } from '../sync/driver-work.js';
import { SrcuDomain } from '../sync/srcu.js';
import { makeRevocableGuard, type RevocableGuard } from './revocable-guard.js';

let nextDevresId = 1;
let setRelease: <T>(devres: Devres<T>, release: (value: T) => void | Promise<void>) => void;

type Release = (value: never) => void | Promise<void>;

/** The default release: the value's own destructor, if it has one (bounded by the grace period). */
const disposeValue = Symbol('dispose the value');


/**
 * A device resource that is revoked when the device is unbound (Rust `Devres<T>`): after the
 * driver data has been dropped, the value becomes unreachable (`access` throws `ENXIO`,
 * `tryAccess` returns `undefined`), the revocation waits for every open `RevocableGuard`, and the
 * value is released (disposed, if it is `Disposable`; an I/O mapping is unmapped).
 *
 * The container itself may be stored anywhere (it is a handle); the value is reached with proof
 * of binding (`access(dev)`), or fallibly (`tryAccess*`).
 *
 * Invariants: belongs to exactly one device and one binding; revoked and released exactly once;
 * never reachable after the revocation began.
 */
export class Devres<T> {
  readonly #id = nextDevresId++;
  readonly #node: DeviceNode;
  readonly #label: string;
  readonly #domain: SrcuDomain;
  #value: T | undefined;
  #revoked = false;
  // `never` keeps `Devres<T>` covariant in `T`; the action is only ever called with `#value`.
  #release: Release | typeof disposeValue = disposeValue;

  static {
    setRelease = (devres, release) => {
      devres.#release = release;
    };
  }

  /** Puts `value` under devres management of the binding `dev` proves (throws `NotBound` otherwise). */
  constructor(dev: Device<Bound>, value: T) {
    const view = viewOf(dev);
    const binding = checkBound(view, 'new Devres()');
    this.#node = view.node;
    this.#value = value;
    const kind = typeName(value, 'value');
    this.#label = `Devres<${kind}>#${this.#id} of ${view.node.label}`;
    this.#domain = new SrcuDomain(view.node.kernel, this.label);
    markKernelObject(this);
    binding.resources.add(this.label, () => this.#revoke());
  }

  /** `Devres<Bar>#3 of pci 0000:00:01.0`: how messages name it. */
  get label(): string {
    return this.#label;
  }

  /** Whether the value has been revoked. */
  get revoked(): boolean {
    return this.#revoked;
  }

  /**
   * The value, given proof that its device is bound (`dev` must be that device, bound). Throws
   * `EINVAL` for another device, `NotBound` for a device that does not prove binding, `ENXIO`
   * once revoked.
   */
  access(dev: Device<Bound>): T {
    const view = viewOf(dev);
    if (view.node !== this.#node) {
      throw new KernelError('EINVAL', `Devres.access(): ${this.label} belongs to ${this.#node.label}, not ${view.node.label}`);
    }
    checkBound(view, 'Devres.access()');
    if (this.#revoked) throw new KernelError('ENXIO', `Devres.access(): ${this.label} has been revoked`);
    // SAFETY: not revoked, so `#value` holds the value given to the constructor.
    return this.#value as T;
  }

  /**
   * A guard holding the value, or `undefined` once revoked. The guard must be released
   * synchronously (`using guard = devres.tryAccess()`); do not hold it across `await`.
   */
  tryAccess(): RevocableGuard<T> | undefined {
    if (this.#revoked) return undefined;
    const section = this.#domain.enter(`the RevocableGuard of ${this.label}`);
    if (section === undefined) return undefined;
    // SAFETY: the section was entered before any revocation, and revocation waits for it.
    return makeRevocableGuard(section, this.#value as T);
  }

  /** `f(value)` inside a read-side section, or `undefined` once revoked. `f` must be synchronous. */
  tryAccessWith<R>(f: (value: T) => R): R | undefined {
    const guard = this.tryAccess();
    if (guard === undefined) return undefined;
    try {
      return f(guard.value);
    } finally {
      guard.release();
    }
  }

  async #revoke(): Promise<void> {
    this.#revoked = true;
    this.#domain.kill();
    try {
      await this.#domain.synchronize(`the revocation of ${this.label}`);
    } finally {
      const value = this.#value;
      this.#value = undefined;
      this.#node.kernel.emit({ kind: 'devres-released', subject: this.#node.label, message: `${this.label} revoked` });
      if (this.#release === disposeValue) {
        const wait = { waiter: `the revocation of ${this.label}`, site: () => undefined, siteRole: 'created' };
        await disposeDriverValue(this.#node.kernel, value, 'its value', wait);
      } else {
        // SAFETY: `#revoke` runs once (the devres list releases each resource once), so `value`
        // is the live value and is released exactly once; `#release` was made for this `T`.
        await (this.#release as (value: T | undefined) => void | Promise<void>)(value);
      }
    }
  }
}

/** A `Devres` whose release action is `release` instead of disposal (I/O mappings). */
export function devresWithRelease<T>(dev: Device<Bound>, value: T, release: (value: T) => void | Promise<void>): Devres<T> {
  const devres = new Devres(dev, value);
  setRelease(devres, release);
  return devres;
}
