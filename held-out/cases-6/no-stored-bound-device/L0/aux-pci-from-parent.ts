// An auxiliary child views its parent as a pci.Device (pci.Device.fromDevice) only during probe.
import { pci, type auxiliary } from '@bindsafe/kernel';

interface ChildData {
  readonly barLen: number;
  readonly parentName: string;
}

export const driver: auxiliary.Driver<ChildData> = {
  name: 'held-aux-pcilen',
  idTable: [{ modname: 'held_gpu', name: 'hwmon' }],
  probe(adev) {
    const parent = pci.Device.fromDevice(adev.parent());
    const barLen = parent.resourceLen(0);
    return { barLen, parentName: parent.name };
  },
};
