// A platform thermal-zone driver counts its sensors through a static Census.count() that keeps each IoMem in a static field. [class 6]
import type { devres, platform } from '@bindsafe/kernel';

export class Census {
  static #seen: platform.IoMem[] = [];
  static count(io: platform.IoMem): number {
    Census.#seen = [...Census.#seen, io];
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
    const index = Census.count(res.access(pdev.asRef())); // expect: bindsafe/no-stored-bound-device
    return new ThermalZone(res, index);
  },
};
