// A PCI thermal sensor passes its trip points to a helper that sorts a spread copy, never the original.
import type { device, pci } from '@bindsafe/kernel';

interface ThermalData {
  readonly trips: number[];
}

function ordered(trips: readonly number[]): number[] {
  const copy = [...trips];
  copy.sort((a, b) => b - a);
  return copy;
}

export const thermalDriver: pci.Driver<ThermalData> = {
  name: 'h11-thermal',
  idTable: [{ vendor: 0x8086, device: 0x1603 }],

  probe(): ThermalData {
    return { trips: [85, 105, 95] };
  },

  unbind(pdev: pci.Device<device.Core>, data: Readonly<ThermalData>): void {
    const [hottest] = ordered(data.trips);
    pdev.asRef().info(`thermal: hottest trip ${hottest ?? 'none'}`);
  },
};
