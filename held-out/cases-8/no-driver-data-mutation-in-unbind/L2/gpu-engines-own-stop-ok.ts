// A PCI GPU stops each engine its data holds through the engine class's own `stop()` method, in a `forEach` callback.
import type { device, pci } from '@bindsafe/kernel';

class Engine {
  #running = true;
  readonly #jobs: string[] = [];
  constructor(readonly kind: 'gfx' | 'copy' | 'video') {}
  submit(job: string): void {
    if (this.#running) this.#jobs.push(job);
  }
  stop(): void {
    this.#running = false;
    this.#jobs.splice(0);
  }
}

interface GpuData {
  readonly engines: readonly Engine[];
}

export const gpuEnginesDriver: pci.Driver<GpuData> = {
  name: 'h8-gpu-engines',
  idTable: [{ vendor: 0x1002, device: 0x73bf }],
  probe(_pdev: pci.Device<device.Core>): GpuData {
    return { engines: [new Engine('gfx'), new Engine('copy')] };
  },
  unbind(_pdev, data) {
    data.engines.forEach((engine) => engine.stop());
  },
};
