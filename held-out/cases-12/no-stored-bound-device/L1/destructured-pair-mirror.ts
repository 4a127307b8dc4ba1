// A dual-BAR capture card destructures both mapped BARs and mirrors the control one into module state [class 6]
import type { devres, pci } from '@bindsafe/kernel';

interface Mirror {
  readonly control: pci.Bar;
  readonly at: number;
}

let mirror: Mirror | undefined;

export const captureDriver: pci.Driver<{ readonly bars: readonly devres.Devres<pci.Bar>[] }> = {
  name: 'capture-lite',
  idTable: [{ vendor: 0x1cd7, device: 0x0010 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const bars = [pdev.iomapRegion(0, 'ctl'), pdev.iomapRegion(2, 'dma')] as const;
    const [control, dma] = bars.map((r) => r.access(pdev.asRef()));
    dma?.write32(0, 0);
    if (control) {
      mirror = { control, at: Date.now() }; // expect: bindsafe/no-stored-bound-device
    }
    return { bars };
  },
};
