// A platform cache controller calls a static utility method of a same-file class from unbind; it deletes entries of the Map it is given. [class 7]
import type { platform } from '@bindsafe/kernel';

class Maps {
  private constructor() {}
  static purge<K, V>(map: Map<K, V>, stale: (value: V) => boolean): number {
    let n = 0;
    for (const [key, value] of map) {
      if (stale(value)) {
        map.delete(key);
        n++;
      }
    }
    return n;
  }
}

class CacheData {
  readonly lines = new Map<number, { dirty: boolean }>();
  get dirtyCount(): number {
    return [...this.lines.values()].filter((l) => l.dirty).length;
  }
}

export const cacheDriver: platform.Driver<CacheData> = {
  name: 'acc-l2c',
  idTable: [{ compatible: 'acme,l2c' }],
  probe: () => new CacheData(),
  unbind(pdev, data) {
    const purged = Maps.purge(data.lines, (line) => !line.dirty); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`acc-l2c: purged ${purged}, ${data.dirtyCount} dirty`);
  },
};
