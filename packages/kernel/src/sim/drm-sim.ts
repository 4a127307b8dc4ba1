import type { Registered } from '../drm/context.js';
import type { Device } from '../drm/device.js';
import type { AnyDriver, FileDataOf, IoctlArgsOf } from '../drm/driver.js';
import type { File } from '../drm/file.js';
import type { DrmRegistrationRecord } from './kernel-context.js';

/**
 * The simulated DRM userspace view: the registered devices (`/dev/dri/cardN`), opening files.
 *
 * Invariants: lists exactly the devices registered and not yet unplugged, by minor number.
 */
export class DrmSim {
  readonly #registered = new Map<number, DrmRegistrationRecord>();

  /** @internal allocates the lowest free minor. */
  add(record: DrmRegistrationRecord): number {
    let minor = 0;
    while (this.#registered.has(minor)) minor++;
    this.#registered.set(minor, record);
    return minor;
  }

  /** @internal */
  remove(record: DrmRegistrationRecord): void {
    for (const [minor, known] of this.#registered) if (known === record) this.#registered.delete(minor);
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
    return dev.openFile();
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
    return dev.ioctl(name, arg, file);
  }

  #recordOf(dev: object): DrmRegistrationRecord | undefined {
    return [...this.#registered.values()].find((record) => record.handle === dev);
  }
}
