// A PCI video decoder walks its engines with forEach in unbind, stopping the hardware and collecting names into a local list. [class 7]
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
    engines.forEach((engine) => {
      engine.enabled = engine.name !== 'av1';
    });
    return { regs, engines };
  },
  unbind(pdev, data) {
    const bar = data.regs.access(pdev.asRef());
    const stopped: string[] = [];
    data.engines.forEach((engine) => {
      if (!engine.enabled) return;
      bar.write32(0, engine.offset);
      stopped.push(engine.name);
    });
    pdev.asRef().info(`vdec-lite: stopped ${stopped.join('/')}`);
  },
};
