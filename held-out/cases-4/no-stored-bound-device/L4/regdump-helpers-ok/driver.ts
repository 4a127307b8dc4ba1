// probe passes its Bar to helpers of another module that only read it during the call; later sampling goes through the Devres container. [class 5]
import type { devres, pci } from '@bindsafe/kernel';
import { sample, snapshot, type Snapshot } from './regdump.js';

interface SoundData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly boot: Snapshot;
}

export const soundDriver: pci.Driver<SoundData> = {
  name: 'held-hda',
  idTable: [{ vendor: 0x8086, device: 0x9dc8 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-hda');
    const boot = snapshot(regs.access(pdev.asRef()), [0x00, 0x08, 0x0c]);
    return { regs, boot };
  },
};

export async function averageWallclock(data: SoundData): Promise<number> {
  let sum = 0;
  let n = 0;
  for await (const value of sample(data.regs, 0x30, 8)) {
    sum += value;
    n += 1;
  }
  return n === 0 ? 0 : sum / n;
}
