import type { Registered } from '../drm/context.js';
import { checkDrmDevice, type Device } from '../drm/device.js';
import type { AnyDriver, FileDataOf, IoctlArgsOf } from '../drm/driver.js';
import type { File } from '../drm/file.js';
import type { DrmRegistrationRecord } from './kernel-context.js';

/** The index in the sorted `list` where `value` goes. */
function insertionPoint(list: readonly number[], value: number): number {
  let [low, high] = [0, list.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((list[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The simulated DRM userspace view: the registered devices (`/dev/dri/cardN`), opening files.
 *
 * Minors are allocated lowest-free-first from the freed ones (kept sorted) and a high-water
 * mark, and records are indexed by handle, so registering, unregistering and looking a device up
 * do not scan every registered device.
 *
 * Invariants: lists exactly the devices registered and not yet unplugged, by minor number;
 * `#freed` holds, sorted, exactly the minors below `#nextMinor` that are not in use.
 */
export class DrmSim {
  readonly #registered = new Map<number, DrmRegistrationRecord>();
  readonly #minors = new Map<DrmRegistrationRecord, number>();
  readonly #byHandle = new Map<object, DrmRegistrationRecord>();
  readonly #freed: number[] = [];
  #nextMinor = 0;

  /** @internal allocates the lowest free minor. */
  add(record: DrmRegistrationRecord): number {
    const minor = this.#freed.shift() ?? this.#nextMinor++;
    this.#registered.set(minor, record);
    this.#minors.set(record, minor);
    this.#byHandle.set(record.handle, record);
    return minor;
  }

  /** @internal */
  remove(record: DrmRegistrationRecord): void {
    const minor = this.#minors.get(record);
    if (minor === undefined) return;
    this.#minors.delete(record);
    this.#byHandle.delete(record.handle);
    this.#registered.delete(minor);
    this.#freed.splice(insertionPoint(this.#freed, minor), 0, minor);
  }

  /** Every registered DRM device, by minor number. */
  devices(): Device<AnyDriver, Registered>[] {
    // SAFETY: records are made by `drm.Registration.new`, whose handle is a registered device.
    return [...this.#registered.entries()].sort(([a], [b]) => a - b).map(([, record]) => record.handle as Device<AnyDriver, Registered>);
  }

  /** The registered DRM devices of `driver` (typed by the driver). */
  devicesOf<D extends AnyDriver>(driver: D): Device<D, Registered>[] {
    // SAFETY: the record's handle is a device of the record's driver, which is `driver`.
    return this.devices().filter((dev) => this.#recordOf(dev)?.driver === driver) as Device<D, Registered>[];
  }

  /** Opens a file on `dev`, as a userspace `open()` would. */
  open<D extends AnyDriver>(dev: Device<D, Registered>): File<FileDataOf<D>> {
    return checkDrmDevice(dev).openFile();
  }

  /**
   * Issues an ioctl as userspace would and waits for its result (sync or async handler); every
   * failure (`ENODEV`, `EINVAL`, `ERANGE`, what the handler threw) is a rejection.
   */
  async ioctl<D extends AnyDriver, K extends keyof IoctlArgsOf<D> & string>(
    dev: Device<D, Registered>,
    name: K,
    arg: IoctlArgsOf<D>[K],
    file: File<FileDataOf<D>>,
  ): Promise<number> {
    return checkDrmDevice(dev).ioctl(name, arg, file);
  }

  #recordOf(dev: object): DrmRegistrationRecord | undefined {
    return this.#byHandle.get(dev);
  }
}
