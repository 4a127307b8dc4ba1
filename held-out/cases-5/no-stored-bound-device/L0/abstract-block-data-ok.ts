// An abstract MMIO block class implemented by a watchdog; the instance built in probe with the IoMem is itself the driver data.
import type { devres, platform } from '@bindsafe/kernel';

interface Resettable {
  reset(): void;
}

abstract class MmioBlock implements Resettable {
  protected constructor(
    protected readonly io: platform.IoMem,
    readonly regs: devres.Devres<platform.IoMem>,
  ) {}

  abstract reset(): void;

  protected rmw(offset: number, set: number, clear: number): void {
    this.io.write32((this.io.read32(offset) & ~clear) | set, offset);
  }
}

class Watchdog extends MmioBlock implements Disposable {
  constructor(regs: devres.Devres<platform.IoMem>, io: platform.IoMem, readonly timeoutMs: number) {
    super(io, regs);
  }

  reset(): void {
    this.rmw(0x00, 0x1, 0x0);
  }

  [Symbol.dispose](): void {
    this.rmw(0x04, 0x0, 0x1);
  }
}

export const watchdogDriver: platform.Driver<Watchdog, { readonly timeoutMs: number }> = {
  name: 'held-sp805-wdt',
  idTable: [{ compatible: 'arm,sp805', info: { timeoutMs: 30_000 } }],
  probe(pdev, info) {
    const regs = pdev.iomapResource(0);
    const wdt = new Watchdog(regs, regs.access(pdev.asRef()), info?.timeoutMs ?? 10_000);
    wdt.reset();
    return wdt;
  },
};
