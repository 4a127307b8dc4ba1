import type { IdTableRules } from '../bus/bus-driver.js';
import type { Core } from '../device/context.js';
import type { DeviceNode } from '../device/device-node.js';
import type { Device } from './device.js';

/**
 * A PCI id-table entry: matches a device by vendor and device id; `info` is handed to `probe`.
 *
 * Invariants: `vendor` and `device` are 16-bit ids.
 */
export interface IdEntry<Info = unknown> {
  readonly vendor: number;
  readonly device: number;
  readonly info?: Info;
}

/**
 * A PCI driver (Rust `pci::Driver`), as an annotated object literal or a class.
 *
 * `probe` gets the device in the Core context (valid until it returns) and the `info` of the
 * matching id entry; what it returns is the driver data, owned by the driver core for the whole
 * binding and dropped at unbind (its `[Symbol.asyncDispose]`/`[Symbol.dispose]`, then the
 * registrations and IRQs it owns). Throwing (a `KernelError`) fails the probe; everything probe
 * created is released. `unbind` runs first at unbind and only borrows the data.
 *
 * Invariants: `probe` is synchronous; `unbind` does not mutate or dispose the data.
 */
export interface Driver<Data, Info = unknown> {
  readonly name: string;
  readonly idTable: readonly IdEntry<Info>[];
  probe(dev: Device<Core>, info: Info | undefined): Data;
  unbind?(dev: Device<Core>, data: Readonly<Data>): void;
}

function isId(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 0xffff;
}

/** How the PCI bus reads id tables: `{ vendor, device }` entries, matched by both ids. */
export const pciIdTable: IdTableRules = {
  shape: '{ vendor, device }',
  isEntry: (entry) => isId((entry as Partial<IdEntry>).vendor) && isId((entry as Partial<IdEntry>).device),
  matches(entry: object, node: DeviceNode): boolean {
    // SAFETY: the bus only passes entries of the id tables of drivers registered on the PCI bus,
    // which `isEntry` accepted.
    const { vendor, device } = entry as IdEntry;
    return node.props.bus === 'pci' && node.props.vendor === vendor && node.props.device === device;
  },
};
