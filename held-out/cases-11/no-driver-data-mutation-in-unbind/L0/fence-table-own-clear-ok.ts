// A platform GPU fence table is a user class with its own clear() method (it locks): not a built-in Map. [class 2]
import type { device, platform } from '@bindsafe/kernel';

class FenceTable {
  readonly #fences = new Map<number, string>();
  #locked = false;

  add(seqno: number, owner: string): void {
    this.#fences.set(seqno, owner);
  }

  clear(): number {
    this.#locked = true;
    const n = this.#fences.size;
    this.#fences.clear();
    this.#locked = false;
    return n;
  }
}

interface GpuData {
  readonly fences: FenceTable;
}

export const gpuFenceDriver: platform.Driver<GpuData> = {
  name: 'h11-gpu-fence',
  idTable: [{ compatible: 'acme,gpu-fence' }],

  probe(): GpuData {
    const fences = new FenceTable();
    fences.add(1, 'init');
    return { fences };
  },

  unbind(pdev: platform.Device<device.Core>, data: Readonly<GpuData>): void {
    const dropped = data.fences.clear();
    pdev.asRef().info(`gpu: ${dropped} fences signalled`);
  },
};
