// An auxiliary NPU core hands its data's engine to a same-file helper that only calls the engine's own `halt()` method.
import type { auxiliary, device } from '@bindsafe/kernel';

class NpuEngine {
  readonly #work: string[] = [];
  #halted = false;
  enqueue(job: string): void {
    if (!this.#halted) this.#work.push(job);
  }
  halt(): number {
    this.#halted = true;
    return this.#work.splice(0).length;
  }
}

interface NpuData {
  readonly engine: NpuEngine;
}

function shutdown(engine: NpuEngine): number {
  return engine.halt();
}

export const npuCoreDriver: auxiliary.Driver<NpuData> = {
  name: 'h8-npu-core',
  idTable: [{ modname: 'h8_npu', name: 'core' }],
  probe(_adev: auxiliary.Device<device.Core>): NpuData {
    return { engine: new NpuEngine() };
  },
  unbind(adev, data) {
    const cancelled = shutdown(data.engine);
    adev.asRef().info(`h8-npu-core: ${cancelled} jobs cancelled`);
  },
};
