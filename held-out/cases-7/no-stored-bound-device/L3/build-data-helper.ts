// A PCI storage controller builds its whole driver data in a same-file helper taking the device as Device<Bound>.
import type { device, pci } from '@bindsafe/kernel';

interface NvmeData {
  readonly dev: pci.Device<device.Bound>;
  readonly doorbells: pci.Bar;
  readonly queueDepth: number;
}

function buildData(dev: pci.Device<device.Bound>, depth = 64): NvmeData {
  const doorbells = dev.iomapRegion(0, 'nvme').access(dev.asRef());
  return { dev, doorbells, queueDepth: Math.min(depth, doorbells.read16(0x00) + 1) };
}

export const driver: pci.Driver<NvmeData> = {
  name: 'held-nvme-build',
  idTable: [{ vendor: 0x144d, device: 0xa808 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    pdev.setMaster();
    return buildData(pdev);
  },
};
