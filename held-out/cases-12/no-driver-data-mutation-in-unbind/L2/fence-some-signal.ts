// A PCI GPU signals its outstanding fences from inside a some() callback in unbind, stopping at the first failed one. [class 7]
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
    const failed = data.fences.some((fence) => {
      if (fence.seqno <= last) fence.signaled = true; // expect: bindsafe/no-driver-data-mutation-in-unbind
      return fence.error !== undefined;
    });
    if (failed) pdev.asRef().info('gpu-fence: a fence failed before unbind');
  },
};
