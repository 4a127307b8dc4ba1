// A PCI switch port takes its first lane out of the data with array destructuring and marks it disabled. [class 6]
import type { device, pci } from '@bindsafe/kernel';

interface Lane {
  index: number;
  enabled: boolean;
}

interface PortData {
  readonly lanes: readonly Lane[];
}

export const portDriver: pci.Driver<PortData> = {
  name: 'h11-pcie-port',
  idTable: [{ vendor: 0x10b5, device: 0x8747 }],

  probe(): PortData {
    return { lanes: [{ index: 0, enabled: true }, { index: 1, enabled: true }] };
  },

  unbind(pdev: pci.Device<device.Core>, data: Readonly<PortData>): void {
    const [primary, ...rest] = data.lanes;
    if (primary === undefined) return;
    primary.enabled = false; // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`port: ${rest.length} secondary lanes untouched`);
  },
};
