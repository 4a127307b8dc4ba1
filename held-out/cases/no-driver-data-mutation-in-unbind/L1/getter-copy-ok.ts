// Getters returning numbers and strings; unbind works on those copies. [class 2]
import type { platform } from '@bindsafe/kernel';

class Data {
  readonly #events: string[] = [];
  readonly counters = { irqs: 3 };
  get eventCount(): number {
    return this.#events.length;
  }
  get summary(): string {
    return `${this.#events.length} events, ${this.counters.irqs} irqs`;
  }
  record(event: string): void {
    this.#events.push(event);
  }
}

export const driver: platform.Driver<Data> = {
  name: 'held-nddm-getters',
  idTable: [{ compatible: 'held,getters' }],
  probe() {
    const data = new Data();
    data.record('probe');
    return data;
  },
  unbind(pdev, data) {
    let count = data.eventCount;
    count += data.counters.irqs;
    let text = data.summary;
    text += ` (${count})`;
    pdev.asRef().info(text);
  },
};
