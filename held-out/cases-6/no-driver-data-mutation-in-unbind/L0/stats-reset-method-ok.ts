// A crypto engine's unbind calls the data's stats object's own `reset()` method and reads counters.
import type { pci } from '@bindsafe/kernel';

class EngineStats {
  #ops = 0;
  #errors = 0;
  record(ok: boolean): void {
    this.#ops++;
    if (!ok) this.#errors++;
  }
  reset(): void {
    this.#ops = 0;
    this.#errors = 0;
  }
  get summary(): string {
    return `${this.#ops} ops, ${this.#errors} errors`;
  }
}

interface EngineData {
  readonly stats: EngineStats;
}

export const driver: pci.Driver<EngineData> = {
  name: 'held6-dm-stats',
  idTable: [{ vendor: 0x1022, device: 0x15df }],
  probe() {
    return { stats: new EngineStats() };
  },
  unbind(_pdev, data) {
    console.info(`crypto engine: ${data.stats.summary}`);
    data.stats.reset();
  },
};
