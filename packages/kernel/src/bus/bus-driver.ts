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
  // SAFETY: `dev` is the device object of the driver's own bus (the bus made it for this driver)
  // and `info` comes from an entry of the driver's own id table.
  return (driver.probe as (dev: object, info: unknown) => unknown).call(driver, dev, info);
}

/** Calls `driver.unbind` (if any) with the bus device object and the driver data it returned. */
export function callUnbind(driver: BusDriverLike, dev: object, data: unknown): void {
  // SAFETY: as for `callProbe`; `data` is what this driver's `probe` returned for this binding.
  (driver.unbind as ((dev: object, data: unknown) => void) | undefined)?.call(driver, dev, data);
}
