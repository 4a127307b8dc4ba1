// Mutation in probe and in the data's own destructor is fine.
import type { platform } from '@bindsafe/kernel';

class Data implements Disposable {
  readonly log: string[] = [];
  readonly counters = new Map<string, number>();
  [Symbol.dispose](): void {
    this.log.length = 0;
    this.counters.clear();
  }
}

export const driver: platform.Driver<Data> = {
  name: 'held-nddm-probe',
  idTable: [{ compatible: 'held,probe-mut' }],
  probe(pdev) {
    const data = new Data();
    data.log.push(`probed ${pdev.name}`);
    data.counters.set('probes', 1);
    return data;
  },
  unbind(pdev, data) {
    pdev.asRef().info(`log has ${data.log.length} lines, ${data.counters.get('probes') ?? 0} probes`);
  },
};
