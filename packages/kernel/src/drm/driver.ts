import type { Normal } from '../device/context.js';
import type { Device as AuxiliaryDevice } from '../auxiliary/device.js';
import type { Device as PciDevice } from '../pci/device.js';
import type { Device as PlatformDevice } from '../platform/device.js';
import type { Registered } from './context.js';
import type { Device } from './device.js';
import type { File } from './file.js';

/**
 * The buses a DRM device's parent can be on.
 *
 * Invariants: keys of `ParentDevices`.
 */
export type BusName = 'pci' | 'platform' | 'auxiliary';

/**
 * The parent device type for each bus, in context `Ctx` (Rust `Driver::ParentDevice<Ctx>`).
 *
 * Invariants: each entry is the bus device class of that bus, in the same context.
 */
export interface ParentDevices<Ctx extends Normal> {
  readonly pci: PciDevice<Ctx>;
  readonly platform: PlatformDevice<Ctx>;
  readonly auxiliary: AuxiliaryDevice<Ctx>;
}

/**
 * The parent device of a DRM driver on `Bus`, in context `Ctx`.
 *
 * Invariants: `ParentDevice<'pci', Ctx>` is `pci.Device<Ctx>`, and so on: never a mix of buses.
 */
export type ParentDevice<Bus extends BusName, Ctx extends Normal = Normal> = ParentDevices<Ctx>[Bus];

/**
 * Rust `drm::DriverInfo`: what userspace sees of the driver.
 *
 * Invariants: `name` names the DRM device in logs and messages.
 */
export interface DriverInfo {
  readonly name: string;
  readonly desc: string;
  readonly major: number;
  readonly minor: number;
  readonly patchlevel: number;
}

/**
 * A DRM driver (Rust `drm::Driver`): its info, the bus of its parent device, how a file's private
 * data is made, and its ioctl table.
 *
 * - `Data`: the DRM device's private data (given to `UnregisteredDevice.new`, `drm.Device.data`).
 * - `RegData`: the registration data, owned by the `Registration` and reached only inside a
 *   critical section (`registrationDataWith`, ioctl handlers' `regData`).
 * - `FileData`: per-open-file data (`drm.File.inner()`).
 * - `Bus`: picks the parent device type (`ParentDevice<Bus, Ctx>`).
 * - `Ioctls`: maps each ioctl name to its argument type (Rust's `uapi` struct).
 *
 * Ioctl handlers are function-typed properties, so a handler with the wrong argument types is a
 * type error (parameters are checked contravariantly). A handler runs inside a critical section
 * that ends when it returns: `regData` (and what is reached through it) must not be used after an
 * `await` in an async handler.
 *
 * Invariants: `bus` matches the bus of every parent the driver is registered under; ioctl
 * handlers return a `u32` (`ERANGE` otherwise).
 */
export interface Driver<Data, RegData, FileData, Bus extends BusName, Ioctls extends object = {}> {
  readonly info: DriverInfo;
  readonly bus: Bus;
  openFile(dev: Device<Driver<Data, RegData, FileData, Bus, Ioctls>, Registered>): FileData;
  readonly ioctls: {
    readonly [K in keyof Ioctls]: (
      dev: Device<Driver<Data, RegData, FileData, Bus, Ioctls>, Registered>,
      regData: RegData,
      arg: Ioctls[K],
      file: File<FileData>,
    ) => number | Promise<number>;
  };
}

/**
 * Any DRM driver (the constraint of the generic DRM types).
 *
 * Invariants: every `Driver<…>` is assignable to it.
 */
export type AnyDriver = Driver<any, any, any, any, any>;

/** The device private data type of a driver. Invariants: `Data` of `Driver<Data, …>`. */
export type DataOf<D extends AnyDriver> = D extends Driver<infer Data, infer _R, infer _F, infer _B, infer _I> ? Data : never;
/** The registration data type of a driver. Invariants: `RegData` of `Driver<Data, RegData, …>`. */
export type RegDataOf<D extends AnyDriver> = D extends Driver<infer _D, infer RegData, infer _F, infer _B, infer _I> ? RegData : never;
/** The file private data type of a driver. Invariants: `FileData` of the driver. */
export type FileDataOf<D extends AnyDriver> = D extends Driver<infer _D, infer _R, infer FileData, infer _B, infer _I> ? FileData : never;
/** The parent bus of a driver. Invariants: the driver's `bus` literal. */
export type BusOf<D extends AnyDriver> = D['bus'];
/** The ioctl argument map of a driver. Invariants: `Ioctls` of the driver (`{}` if none). */
export type IoctlArgsOf<D extends AnyDriver> = D extends Driver<infer _D, infer _R, infer _F, infer _B, infer Ioctls> ? Ioctls : never;

/**
 * The type of an ioctl handler of driver `D` taking `Arg` (for handlers written in their own
 * module, like a driver's `file.ts`).
 *
 * Invariants: `regData` is valid only until the handler returns (its critical section); `dev`
 * and `file` are handles.
 */
export type IoctlHandler<D extends AnyDriver, Arg> = (
  dev: Device<D, Registered>,
  regData: RegDataOf<D>,
  arg: Arg,
  file: File<FileDataOf<D>>,
) => number | Promise<number>;
