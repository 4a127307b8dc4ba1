// A platform memory-controller driver maps all its register windows and, in a forEach callback, enables ECC on each IoMem and records only the channel names. [class 7]
import type { devres, platform } from '@bindsafe/kernel';

const scrubTargets = new Set<string>();

class MemoryController {
  constructor(readonly windows: readonly devres.Devres<platform.IoMem>[]) {}
  get channels(): number {
    return this.windows.length;
  }
}

export const edacDriver: platform.Driver<MemoryController, number> = {
  name: 'synps-edac',
  idTable: [{ compatible: 'xlnx,zynqmp-ddrc-2.40a', info: 2 }],
  probe(pdev, channels) {
    const dev = pdev.asRef();
    const windows = Array.from({ length: channels ?? 1 }, (_, i) => pdev.iomapResource(i));
    windows.map((w) => w.access(dev)).forEach((io, i) => {
      io.write32(1, 0x70);
      scrubTargets.add(`${pdev.name}:ch${i}`);
    });
    return new MemoryController(windows);
  },
};
