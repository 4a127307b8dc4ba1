// A PCI GPU builds its driver data in a same-file helper that returns an object holding both Bars.
import type { pci } from '@bindsafe/kernel';

interface GpuData {
  readonly mmio: pci.Bar;
  readonly aperture: pci.Bar;
  readonly vramMiB: number;
}

function buildData(mmio: pci.Bar, aperture: pci.Bar): GpuData {
  return { mmio, aperture, vramMiB: aperture.size >> 20 };
}

export const driver: pci.Driver<GpuData> = {
  name: 'held8-gpu-build',
  idTable: [{ vendor: 0x1002, device: 0x73bf }],
  probe(pdev) {
    pdev.enableDeviceMem();
    return buildData(pdev.iomapRegion(0, 'mmio').access(pdev.asRef()), pdev.iomapRegion(2, 'aperture').access(pdev.asRef()));
  },
};
