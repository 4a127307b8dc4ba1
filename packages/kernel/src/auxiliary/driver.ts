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

/** Whether an auxiliary id entry matches a node (the bus's matcher). */
export function matchAuxiliaryEntry(entry: object, node: DeviceNode): boolean {
  // SAFETY: the bus only passes entries of the id tables of drivers registered on it.
  const { modname, name } = entry as IdEntry;
  return node.props.bus === 'auxiliary' && node.props.modname === modname && node.props.devName === name;
}
