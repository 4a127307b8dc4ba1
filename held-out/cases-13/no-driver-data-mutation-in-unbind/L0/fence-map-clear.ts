// A class-based PCI GPU driver keeps its outstanding fences in a Map keyed by seqno and clears it in unbind
import type { device, devres, pci } from '@bindsafe/kernel';

type Fence = { readonly seqno: number; readonly ring: 'gfx' | 'copy'; signalled: boolean };

class GpuData {
  readonly fences = new Map<number, Fence>();
  constructor(readonly bar: devres.Devres<pci.Bar>, readonly irq: pci.IrqRegistration) {}
}

export class FenceGpuDriver implements pci.Driver<GpuData> {
  readonly name = 'fence-gpu';
  readonly idTable = [{ vendor: 0x1002, device: 0x73bf }] as const;

  probe(pdev: pci.Device<device.Core>): GpuData {
    const bar = pdev.iomapRegion(0, 'fence-gpu/mmio');
    const irq = pdev.requestIrq(0, 'fence-gpu/fence', () => {});
    return new GpuData(bar, irq);
  }

  unbind(pdev: pci.Device<device.Core>, data: Readonly<GpuData>): void {
    data.bar.access(pdev.asRef()).write32(0, 0x10);
    const pending = [...data.fences.values()].filter((f) => !f.signalled).length;
    pdev.asRef().info(`fence-gpu: ${pending} fences abandoned`);
    data.fences.clear(); // expect: bindsafe/no-driver-data-mutation-in-unbind
  }
}
