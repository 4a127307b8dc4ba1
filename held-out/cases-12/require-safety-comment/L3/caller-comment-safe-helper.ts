// A platform SPI controller justifies a call of its safe helper, which already carries its own SAFETY comment. [class 3]
import type { devres, platform } from '@bindsafe/kernel';

function flushFifo(handle: platform.Device, io: devres.Devres<platform.IoMem>): number {
  // SAFETY: called from the destructor only, while the controller is bound.
  const regs = io.access(handle.asRef().unsafeAsBound());
  const pending = regs.read32(0x20);
  regs.write32(1, 0x24);
  return pending;
}

export class SpiData implements Disposable {
  dropped = 0;
  constructor(
    readonly pdev: platform.Device,
    readonly io: devres.Devres<platform.IoMem>,
  ) {}

  [Symbol.dispose](): void {
    // SAFETY: the controller is bound while its data is dropped. // expect: bindsafe/require-safety-comment
    const pending = flushFifo(this.pdev, this.io);
    console.log(`spi: ${pending} words dropped`);
  }
}
