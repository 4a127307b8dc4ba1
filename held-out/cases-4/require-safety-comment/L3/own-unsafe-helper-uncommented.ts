// An @unsafe helper is justified where the destructor calls it but not where unbind calls it.
import type { devres, pci } from '@bindsafe/kernel';

/**
 * Resets the engine through a freshly asserted binding.
 *
 * @unsafe The caller must guarantee that the device behind `handle` is bound during the call.
 */
function resetEngine(handle: pci.Device, regs: devres.Devres<pci.Bar>): void {
  // SAFETY: guaranteed by the caller (this function's contract).
  const dev = handle.asRef().unsafeAsBound();
  regs.access(dev).write32(0x1, 0x100);
}

export class EngineData implements Disposable {
  constructor(
    readonly handle: pci.Device,
    readonly regs: devres.Devres<pci.Bar>,
  ) {}

  [Symbol.dispose](): void {
    // SAFETY: the driver data is dropped during unbind, before the device is unbound.
    resetEngine(this.handle, this.regs);
  }
}

export const engineDriver: pci.Driver<EngineData> = {
  name: 'held-engine',
  idTable: [{ vendor: 0x1ed5, device: 0x0100 }],
  probe(pdev) {
    return new EngineData(pdev.toNormal(), pdev.iomapRegion(0, 'held-engine'));
  },
  unbind(pdev, data) {
    pdev.asRef().info('engine reset before teardown');
    resetEngine(data.handle, data.regs); // expect: bindsafe/require-safety-comment
  },
};
