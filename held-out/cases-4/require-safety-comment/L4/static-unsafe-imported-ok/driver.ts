// The driver calls an imported class's @unsafe static method with a SAFETY comment before the `const` that holds its result.
import type { devres, platform } from '@bindsafe/kernel';
import { Mmu } from './mmu.js';

export class IommuData implements Disposable {
  constructor(
    readonly handle: platform.Device,
    readonly mem: devres.Devres<platform.IoMem>,
  ) {}

  [Symbol.dispose](): void {
    // SAFETY: the driver data is dropped during unbind, before the device is unbound.
    const pending = Mmu.flushTlbRaw(this.handle, this.mem);
    this.handle.asRef().info(`tlb flushed, ${pending} entries pending, page ${1 << Mmu.PAGE_SHIFT}`);
  }
}

export const iommuDriver: platform.Driver<IommuData> = {
  name: 'held-iommu',
  idTable: [{ compatible: 'arm,smmu-v3' }],
  probe(pdev) {
    return new IommuData(pdev.toNormal(), pdev.iomapResource(0));
  },
};
