import type { IdTableRules } from '../bus/bus-driver.js';
import type { Core } from '../device/context.js';
import type { DeviceNode } from '../device/device-node.js';
import type { Device } from './device.js';

/**
 * An auxiliary id-table entry: matches a child device by the module name of its creator and its
 * name (the `modname.name` part of `modname.name.id`).
 *
 * Invariants: both strings are compared exactly.
 */
export interface IdEntry<Info = unknown> {
  readonly modname: string;
  readonly name: string;
  readonly info?: Info;
}

/**
 * An auxiliary driver (Rust `auxiliary::Driver`), as an annotated object literal or a class.
 * Same contract as `pci.Driver`.
 *
 * Invariants: `probe` is synchronous; `unbind` does not mutate or dispose the data.
 */
export interface Driver<Data, Info = unknown> {
  readonly name: string;
  readonly idTable: readonly IdEntry<Info>[];
  probe(dev: Device<Core>, info: Info | undefined): Data;
  unbind?(dev: Device<Core>, data: Readonly<Data>): void;
}

/** How the auxiliary bus reads id tables: `{ modname, name }` entries, compared exactly. */
export const auxiliaryIdTable: IdTableRules = {
  shape: '{ modname, name }',
  isEntry: (entry) => typeof (entry as Partial<IdEntry>).modname === 'string' && typeof (entry as Partial<IdEntry>).name === 'string',
  matches(entry: object, node: DeviceNode): boolean {
    // SAFETY: the bus only passes entries of the id tables of drivers registered on it.
    const { modname, name } = entry as IdEntry;
    return node.props.bus === 'auxiliary' && node.props.modname === modname && node.props.devName === name;
  },
};
