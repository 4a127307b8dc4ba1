// A PCI GPU signals each fence its data holds through the fence's own method, from a forEach callback. [class 4]
import type { device, pci } from '@bindsafe/kernel';

class Fence {
  #signalled = false;

  constructor(readonly seqno: number) {}

  signal(): void {
    this.#signalled = true;
  }

  get signalled(): boolean {
    return this.#signalled;
  }
}

interface GpuData {
  readonly fences: readonly Fence[];
}

export const gpuDriver: pci.Driver<GpuData> = {
  name: 'h11-gpu',
  idTable: [{ vendor: 0x1002, device: 0x73bf }],

  probe(): GpuData {
    return { fences: [new Fence(1), new Fence(2)] };
  },

  unbind(pdev: pci.Device<device.Core>, data: Readonly<GpuData>): void {
    data.fences.forEach((f) => f.signal());
    pdev.asRef().info(`gpu: ${data.fences.filter((f) => f.signalled).length} fences signalled`);
  },
};
