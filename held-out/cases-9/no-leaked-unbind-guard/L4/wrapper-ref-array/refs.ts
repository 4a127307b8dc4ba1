// A user wrapper around a parent device and a module list of such wrappers.
import type { device, pci } from '@bindsafe/kernel';

export class DeviceRef {
  constructor(readonly parent: pci.Device<device.Bound>, readonly label: string) {}
}

export const knownRefs: DeviceRef[] = [];
