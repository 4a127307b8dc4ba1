import type { IdTableRules } from '../bus/bus-driver.js';
import type { Core } from '../device/context.js';
import type { DeviceNode } from '../device/device-node.js';
import type { Device } from './device.js';

/**
 * A platform (OF) id-table entry: matches a device by its `compatible` string.
 *
 * Invariants: `compatible` is compared exactly.
 */
export interface IdEntry<Info = unknown> {
  readonly compatible: string;
  readonly info?: Info;
}

/**
 * A platform driver (Rust `platform::Driver`), as an annotated object literal or a class. Same
 * contract as `pci.Driver`: synchronous `probe` on a `Device<Core>` returning the driver data,
 * a failed probe cleaned up, an `unbind` that only borrows the data.
 *
 * Invariants: `probe` is synchronous; `unbind` does not mutate or dispose the data.
 */
export interface Driver<Data, Info = unknown> {
  readonly name: string;
  readonly idTable: readonly IdEntry<Info>[];
  probe(dev: Device<Core>, info: Info | undefined): Data;
  unbind?(dev: Device<Core>, data: Readonly<Data>): void;
}

/** How the platform bus reads id tables: `{ compatible }` entries, compared exactly. */
export const platformIdTable: IdTableRules = {
  shape: '{ compatible }',
  isEntry: (entry) => typeof (entry as Partial<IdEntry>).compatible === 'string',
  matches(entry: object, node: DeviceNode): boolean {
    // SAFETY: the bus only passes entries of the id tables of drivers registered on it.
    return node.props.bus === 'platform' && node.props.compatible === (entry as IdEntry).compatible;
  },
};
