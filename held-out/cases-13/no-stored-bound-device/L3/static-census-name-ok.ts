// A platform thermal-zone driver counts its sensors through a static Census.count() that keeps only the device names in a static field. [class 2]
import type { devres, platform } from '@bindsafe/kernel';

export class Census {
  static #seen: string[] = [];
  static count(name: string): number {
    Census.#seen = [...Census.#seen, name];
    return Census.#seen.length;
  }
}

class ThermalZone {
  constructor(readonly io: devres.Devres<platform.IoMem>, readonly index: number) {}
}

export const tsensDriver: platform.Driver<ThermalZone> = {
  name: 'qcom-tsens-lite',
  idTable: [{ compatible: 'qcom,tsens-v2' }],
  probe(pdev) {
    const res = pdev.iomapResource(0);
    res.access(pdev.asRef()).write32(1, 0x04);
    const index = Census.count(pdev.name);
    return new ThermalZone(res, index);
  },
};
