// A platform watchdog driver listens on an AbortController's signal that probe makes and the driver data owns; the listener uses the IoMem, and dispose aborts it. [class 4]
import type { devres, platform } from '@bindsafe/kernel';

class WdtData implements Disposable {
  constructor(
    readonly io: devres.Devres<platform.IoMem>,
    readonly shutdown: AbortController,
  ) {}
  [Symbol.dispose](): void {
    this.shutdown.abort();
  }
}

export const wdtDriver: platform.Driver<WdtData> = {
  name: 'sp805-wdt',
  idTable: [{ compatible: 'arm,sp805' }],
  probe(pdev) {
    const res = pdev.iomapResource(0);
    const io = res.access(pdev.asRef());
    io.write32(0x1acce551, 0xc00);
    const shutdown = new AbortController();
    shutdown.signal.addEventListener('abort', () => io.write32(0, 0x08));
    return new WdtData(res, shutdown);
  },
};
