// [class 8] A PCI hwmon driver stamps its last-seen Map through `Reflect.apply(Map.prototype.set, …)` in unbind.
import type { device, pci } from '@bindsafe/kernel';

interface HwmonData {
  readonly sensors: readonly string[];
  readonly lastSeen: Map<string, number>;
}

export const hwmonDriver: pci.Driver<HwmonData> = {
  name: 'h8-hwmon',
  idTable: [{ vendor: 0x1022, device: 0x1480 }],
  probe(_pdev: pci.Device<device.Core>): HwmonData {
    return { sensors: ['tctl', 'tdie'], lastSeen: new Map() };
  },
  unbind(_pdev, data) {
    const stamp = Date.now();
    Reflect.apply(Map.prototype.set, data.lastSeen, ['unbind', stamp]); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
