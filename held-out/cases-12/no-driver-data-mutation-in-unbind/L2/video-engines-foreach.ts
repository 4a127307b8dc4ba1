// A PCI video decoder disables each engine record from a forEach callback in unbind. [class 7]
import type { devres, pci } from '@bindsafe/kernel';

interface Engine {
  readonly name: 'h264' | 'hevc' | 'av1';
  readonly offset: number;
  enabled: boolean;
}

interface VdecData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly engines: readonly Engine[];
}

export const vdecDriver: pci.Driver<VdecData> = {
  name: 'vdec-lite',
  idTable: [{ vendor: 0x1002, device: 0x7340 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(2, 'vdec-lite');
    const engines: Engine[] = (['h264', 'hevc', 'av1'] as const).map((name, i) => ({ name, offset: 0x400 * i, enabled: true }));
    return { regs, engines };
  },
  unbind(pdev, data) {
    const bar = data.regs.access(pdev.asRef());
    data.engines.forEach((engine) => {
      bar.write32(0, engine.offset);
      engine.enabled = false; // expect: bindsafe/no-driver-data-mutation-in-unbind
    });
  },
};
