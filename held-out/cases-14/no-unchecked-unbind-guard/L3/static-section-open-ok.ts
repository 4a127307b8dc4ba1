// A power-gating controller opens its critical sections through a static Section.open factory of the same file, and gates nothing when the card is unplugged.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

class Section {
  static open(dev: GpuDevice): drm.UnbindGuard<GpuDrm> | undefined {
    return dev.unbindGuard();
  }
}

export abstract class PowerGate {
  protected constructor(protected readonly dev: GpuDevice, private readonly register: number) {}

  protected abstract islands(): Iterable<number>;

  gate(): number {
    using guard = Section.open(this.dev);
    let mask = 0;
    for (const island of this.islands()) mask |= 1 << island;
    guard?.registrationDataWith((_pdev, data) => data.bar.write32(mask, this.register));
    return guard ? mask : 0;
  }
}

export class ShaderGate extends PowerGate {
  constructor(dev: GpuDevice, private readonly count: number) {
    super(dev, 0x700);
  }

  protected override *islands(): Iterable<number> {
    for (let i = 0; i < this.count; i++) yield i;
  }
}
