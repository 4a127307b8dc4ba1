// unbind mutates copies of the data's collections, never the data.
import type { platform } from '@bindsafe/kernel';

interface Data {
  readonly queue: number[];
  readonly fences: Map<number, string>;
  readonly stats: { errors: number };
}

export const driver: platform.Driver<Data> = {
  name: 'held-nddm-copies',
  idTable: [{ compatible: 'held,copies' }],
  probe() {
    return { queue: [3, 1, 2], fences: new Map([[1, 'a']]), stats: { errors: 0 } };
  },
  unbind(pdev, data) {
    const sorted = [...data.queue].sort((a, b) => a - b);
    const fences = new Map(data.fences);
    fences.clear();
    const stats = { ...data.stats };
    stats.errors += 1;
    const local: number[] = [];
    local.push(sorted.length);
    pdev.asRef().info(`${sorted.join(',')} ${stats.errors} ${local.length} ${fences.size}`);
  },
};
