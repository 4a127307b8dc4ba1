// A platform cache controller calls a static utility method of a same-file class from unbind that only counts entries of the Map it is given. [class 7]
import type { platform } from '@bindsafe/kernel';

class Maps {
  private constructor() {}
  static count<K, V>(map: ReadonlyMap<K, V>, pred: (value: V) => boolean): number {
    let n = 0;
    for (const value of map.values()) if (pred(value)) n++;
    return n;
  }
}

class CacheData {
  readonly lines = new Map<number, { readonly dirty: boolean }>();
}

export const cacheDriver: platform.Driver<CacheData> = {
  name: 'acc-l2c-ok',
  idTable: [{ compatible: 'acme,l2c-v2' }],
  probe: () => new CacheData(),
  unbind(pdev, data) {
    const dirty = Maps.count(data.lines, (line) => line.dirty);
    pdev.asRef().info(`acc-l2c-ok: ${dirty} dirty lines flushed by the destructor`);
  },
};
