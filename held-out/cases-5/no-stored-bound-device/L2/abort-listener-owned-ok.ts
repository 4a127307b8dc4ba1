// A platform UART adds an abort listener over its IoMem to an AbortController made in probe and kept (and aborted) by the driver data. [class 4]
import type { devres, platform } from '@bindsafe/kernel';

class UartData implements Disposable {
  constructor(
    readonly mem: devres.Devres<platform.IoMem>,
    readonly shutdown: AbortController,
  ) {}

  [Symbol.dispose](): void {
    this.shutdown.abort();
  }
}

export const uartDriver: platform.Driver<UartData> = {
  name: 'held-pl011',
  idTable: [{ compatible: 'arm,pl011' }],
  probe(pdev) {
    const mem = pdev.iomapResource(0);
    const io = mem.access(pdev.asRef());
    const shutdown = new AbortController();
    shutdown.signal.addEventListener('abort', () => io.write32(0, 0x30));
    io.write32(0x301, 0x30);
    return new UartData(mem, shutdown);
  },
};
