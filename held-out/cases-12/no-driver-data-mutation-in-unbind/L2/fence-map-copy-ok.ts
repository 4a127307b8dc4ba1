// A PCI GPU maps its outstanding fences to new signaled records in unbind, leaving the data's fences alone. [class 7]
import type { devres, pci } from '@bindsafe/kernel';

interface Fence {
  readonly seqno: number;
  signaled: boolean;
  error?: string;
}

interface FenceData {
  readonly mmio: devres.Devres<pci.Bar>;
  readonly fences: readonly Fence[];
}

export const fenceDriver: pci.Driver<FenceData> = {
  name: 'gpu-fence',
  idTable: [{ vendor: 0x1af4, device: 0x1050 }],
  probe(pdev) {
    return { mmio: pdev.iomapRegion(0, 'gpu-fence'), fences: [{ seqno: 1, signaled: false }] };
  },
  unbind(pdev, data) {
    const last = data.mmio.access(pdev.asRef()).read32(0x20);
    const final = data.fences.map((fence): Fence => ({ ...fence, signaled: fence.signaled || fence.seqno <= last }));
    final.forEach((fence) => {
      fence.error ??= fence.signaled ? undefined : 'device removed';
    });
    const failed = final.filter((f) => f.error !== undefined).length;
    pdev.asRef().info(`gpu-fence: ${failed} fences failed at unbind`);
  },
};
