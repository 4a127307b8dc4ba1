// Shared types of a driver, imported type-only elsewhere.
import type { device, pci } from '@bindsafe/kernel';

export interface ParentSummary {
  readonly name: string;
  readonly ids: readonly [number, number];
}

export type BoundPci = pci.Device<device.Bound>;

export function summarize(pdev: BoundPci): ParentSummary {
  return { name: pdev.name, ids: [pdev.vendorId, pdev.deviceId] };
}
