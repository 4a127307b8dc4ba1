// In a forEach over the data's engines, unbind records each retired engine with Array.prototype.push.call on an array the data holds. [class 7]
import type { devres, pci } from '@bindsafe/kernel';

interface Engine {
  readonly name: string;
  readonly offset: number;
}

interface Video {
  readonly regs: devres.Devres<pci.Bar>;
  readonly engines: readonly Engine[];
  readonly retired: string[];
}

export const videoDriver: pci.Driver<Video> = {
  name: 'held5c-video',
  idTable: [{ vendor: 0x1002, device: 0x7480 }],
  probe(pdev) {
    const engines: Engine[] = [
      { name: 'vcn0', offset: 0x1000 },
      { name: 'vcn1', offset: 0x2000 },
    ];
    return { regs: pdev.iomapRegion(0, 'held5c-video'), engines, retired: [] };
  },
  unbind(pdev, data) {
    const bar = data.regs.access(pdev.asRef());
    data.engines.forEach((engine) => {
      bar.write32(0, engine.offset);
      Array.prototype.push.call(data.retired, engine.name); // expect: bindsafe/no-driver-data-mutation-in-unbind
    });
  },
};
