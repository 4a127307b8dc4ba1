// A plane walker is a custom iterable over the scanout planes whose stride registers are read through an imported static Section.open, asserted. [class 7]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { Section } from './kernel-glue/section.js';

export class PlaneWalker implements Iterable<{ readonly plane: number; readonly stride: number }> {
  constructor(private readonly dev: GpuDevice, private readonly planes = 4) {}

  *[Symbol.iterator]() {
    const strides: number[] = [];
    {
      using guard = Section.open(this.dev)!; // expect: bindsafe/no-unchecked-unbind-guard
      guard.registrationDataWith((_pdev, data) => {
        for (let plane = 0; plane < this.planes; plane++) strides.push(data.bar.read32(0x200 + plane * 4));
      });
    }
    for (const [plane, stride] of strides.entries()) yield { plane, stride };
  }
}
