import type { Bound } from '../device/context.js';
import type { Device as GenericDevice } from '../device/device.js';
import type { DeviceNode, RegionSpec } from '../device/device-node.js';
import { devresWithRelease, type Devres } from '../devres/devres.js';
import { KernelError } from '../errors/kernel-error.js';
import { MmioRegion } from './mmio-region.js';

// The regions of each device node that are requested (mapped) now, by key (`bar0`, `res1`).
const requestedRegions = new WeakMap<DeviceNode, Set<string>>();

function requestedOf(node: DeviceNode): Set<string> {
  let set = requestedRegions.get(node);
  if (set === undefined) requestedRegions.set(node, (set = new Set()));
  return set;
}

/** One memory region of a device to request and map (`pci_iomap_region`, `devm_ioremap_resource`). */
export interface IomapRequest<T> {
  /** The bus device's member doing the request, for errors (`pci.Device.iomapRegion()`). */
  readonly what: string;
  /** How the region is named to users (`BAR 0`, `memory resource 1`). */
  readonly name: string;
  /** Unique per region of the node. */
  readonly key: string;
  readonly region: RegionSpec | undefined;
  /** The mapping's label in access errors (`Bar0(nova/bar0) of …`). */
  readonly label: string;
  /** Wraps the mapping in the bus's access type (`Bar`, `IoMem`). */
  readonly wrap: (mapping: MmioRegion) => T;
}

/**
 * Requests a region of `node` and maps it under devres of the bound `dev`: revoked and unmapped
 * (and requestable again) when the binding ends. `EINVAL` for a region the device does not have,
 * `EBUSY` for one already requested.
 *
 * Invariants: a region is mapped at most once at a time per device node.
 */
export function iomapUnderDevres<T>(dev: GenericDevice<Bound>, node: DeviceNode, request: IomapRequest<T>): Devres<T> {
  const { what, name, key, region } = request;
  if (region === undefined) throw new KernelError('EINVAL', `${what}: ${node.label} has no ${name}`);
  const requested = requestedOf(node);
  if (requested.has(key)) throw new KernelError('EBUSY', `${what}: ${name} of ${node.label} is already requested`);
  requested.add(key);
  const mapping = new MmioRegion(region, request.label);
  return devresWithRelease(dev, request.wrap(mapping), () => {
    mapping.unmap();
    requested.delete(key);
  });
}
