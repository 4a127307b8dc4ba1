// A command-ring view is a class iterable over in-flight seqnos; its iterator takes the section through a private #enter() method and asserts the result. [class 7]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export class InFlight implements Iterable<number> {
  readonly #dev: GpuDevice;
  readonly #ring: number;

  constructor(dev: GpuDevice, ring: number) {
    this.#dev = dev;
    this.#ring = ring;
  }

  #enter(): drm.UnbindGuard<GpuDrm> | undefined {
    return this.#dev.unbindGuard();
  }

  *[Symbol.iterator](): Iterator<number> {
    let head = 0;
    let tail = 0;
    {
      using guard = this.#enter()!; // expect: bindsafe/no-unchecked-unbind-guard
      [head, tail] = guard.registrationDataWith((_pdev, data) => [data.bar.read32(0x600 + this.#ring * 8), data.bar.read32(0x604 + this.#ring * 8)] as const);
    }
    for (let seqno = tail; seqno < head; seqno++) yield seqno;
  }
}
