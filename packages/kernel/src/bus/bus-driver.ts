import type { DeviceNode } from '../device/device-node.js';
import { KernelError } from '../errors/kernel-error.js';

/**
 * What every bus driver interface (`pci.Driver`, `platform.Driver`, `auxiliary.Driver`) has in
 * common, as the generic bus code sees it: parameters are `never` so that any driver fits; the
 * bus passes the device object of its own bus.
 *
 * Invariants: only called through `callProbe`/`callUnbind`, by the bus the driver registered on.
 */
export interface BusDriverLike {
  readonly name: string;
  readonly idTable: readonly object[];
  probe(dev: never, info: never): unknown;
  unbind?(dev: never, data: never): void;
}

/** Calls `driver.probe` with the bus device object and the matched id info. */
export function callProbe(driver: BusDriverLike, dev: object, info: unknown): unknown {
  const probe: unknown = driver.probe;
  if (typeof probe !== 'function') throw new KernelError('EINVAL', `driver ${driver.name} has no probe function`);
  // SAFETY: `dev` is the device object of the driver's own bus (the bus made it for this driver)
  // and `info` comes from an entry of the driver's own id table.
  return (probe as (dev: object, info: unknown) => unknown).call(driver, dev, info);
}

/**
 * Calls `driver.unbind` (if any) with the bus device object and the driver data it returned, and
 * returns what it returned (a promise, for a driver that made it `async` by mistake).
 */
export function callUnbind(driver: BusDriverLike, dev: object, data: unknown): unknown {
  const unbind: unknown = driver.unbind;
  if (unbind === undefined) return undefined;
  if (typeof unbind !== 'function') throw new KernelError('EINVAL', `driver ${driver.name}: unbind is not a function`);
  // SAFETY: as for `callProbe`; `data` is what this driver's `probe` returned for this binding.
  return (unbind as (dev: object, data: unknown) => unknown).call(driver, dev, data);
}

/**
 * How one bus reads id tables: which objects are entries of its own kind (`isEntry`, for the
 * check at registration), and whether an entry matches a device (`matches`).
 *
 * Invariants: `matches` is only called with entries `isEntry` accepted; `shape` shows the
 * entry's required fields for messages (`{ vendor, device }`).
 */
export interface IdTableRules {
  readonly isEntry: (entry: object) => boolean;
  readonly matches: (entry: object, node: DeviceNode) => boolean;
  readonly shape: string;
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/**
 * Checks, when a driver is registered on `bus`, that it is one: a non-empty `name`, an `idTable`
 * array of entries of this bus (a platform driver given to the pci bus has none), a `probe`
 * function and an optional `unbind` function. `EINVAL` naming what is wrong otherwise, so that a
 * driver that could never probe is not registered silently.
 */
export function checkDriver(driver: unknown, bus: string, ids: IdTableRules): asserts driver is BusDriverLike {
  if ((typeof driver !== 'object' && typeof driver !== 'function') || driver === null) {
    throw new KernelError('EINVAL', `${bus} registerDriver(): ${String(driver)} is not a driver`);
  }
  let fields: Record<'name' | 'idTable' | 'probe' | 'unbind', unknown>;
  try {
    const { name, idTable, probe, unbind } = driver as Record<string, unknown>;
    fields = { name, idTable, probe, unbind };
  } catch (error) {
    throw new KernelError('EINVAL', `${bus} registerDriver(): the driver's fields cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  const { name, idTable, probe, unbind } = fields;
  if (typeof name !== 'string' || name === '') throw new KernelError('EINVAL', `${bus} registerDriver(): a driver needs a non-empty name`);
  const label = `${bus} driver ${name}`;
  if (!Array.isArray(idTable)) throw new KernelError('EINVAL', `${label}: idTable is not an array`);
  idTable.forEach((entry: unknown, index) => {
    let ok = false;
    try {
      ok = typeof entry === 'object' && entry !== null && ids.isEntry(entry);
    } catch {
      ok = false;
    }
    if (!ok) throw new KernelError('EINVAL', `${label}: id table entry ${index} is not ${article(bus)} ${bus} id entry (${ids.shape})`);
  });
  if (typeof probe !== 'function') throw new KernelError('EINVAL', `${label}: probe is not a function`);
  if (unbind !== undefined && typeof unbind !== 'function') throw new KernelError('EINVAL', `${label}: unbind is not a function`);
}
