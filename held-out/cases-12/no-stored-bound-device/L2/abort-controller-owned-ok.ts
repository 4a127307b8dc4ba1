// A power-button driver listens on an AbortSignal of a controller it creates and keeps in its driver data [class 4]
import type { devres, platform } from '@bindsafe/kernel';

interface PwrData extends Disposable {
  readonly io: devres.Devres<platform.IoMem>;
  readonly events: AbortController;
}

export const pwrkeyDriver: platform.Driver<PwrData> = {
  name: 'pwrkey-lite-ok',
  idTable: [{ compatible: 'acme,pwrkey' }],
  probe(pdev) {
    const io = pdev.iomapResource(0);
    const window = io.access(pdev.asRef());
    const events = new AbortController();
    events.signal.addEventListener('abort', () => window.write32(0, 0x4), { once: true });
    return {
      io,
      events,
      [Symbol.dispose]() {
        this.events.abort();
      },
    };
  },
};
