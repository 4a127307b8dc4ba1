// A platform PMU calls track() on a Stats object probe makes; the method keeps the IoMem in this, and the data keeps the object.
import type { platform } from '@bindsafe/kernel';

class Stats {
  readonly #windows: platform.IoMem[] = [];

  track(io: platform.IoMem): this {
    this.#windows.push(io);
    return this;
  }

  total(): number {
    return this.#windows.reduce((sum, io) => sum + io.read32(0), 0);
  }
}

export const driver: platform.Driver<{ readonly stats: Stats }> = {
  name: 'held8-pmu-owned-stats',
  idTable: [{ compatible: 'acme,pmu' }],
  probe(pdev) {
    const stats = new Stats();
    stats.track(pdev.iomapResource(0).access(pdev.asRef())).track(pdev.iomapResource(1).access(pdev.asRef()));
    return { stats };
  },
};
