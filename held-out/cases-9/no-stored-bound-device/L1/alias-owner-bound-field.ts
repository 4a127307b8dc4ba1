// A PCI thermal sensor aliases its Device<Core> and returns it under a data field declared Device<Bound>.
import type { device, pci } from '@bindsafe/kernel';

interface ThermalData {
  readonly owner: pci.Device<device.Bound>;
  readonly zones: readonly string[];
}

export const driver: pci.Driver<ThermalData> = {
  name: 'held9-thermal-alias',
  idTable: [{ vendor: 0x8086, device: 0x9a03 }],
  probe(pdev) {
    const owner = pdev;
    const zones = ['cpu', 'pch'] as const;
    const data: ThermalData = { owner, zones };
    return data;
  },
};
