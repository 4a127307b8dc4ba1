// A platform mailbox driver keeps an AbortController in its data; the abort listener that quiesces the IoMem goes with it.
import type { platform } from '@bindsafe/kernel';

interface MboxData extends Disposable {
  readonly io: platform.IoMem;
  readonly stop: AbortController;
}

export const driver: platform.Driver<MboxData> = {
  name: 'held-mbox-abort',
  idTable: [{ compatible: 'vendor,mailbox' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    const stop = new AbortController();
    stop.signal.addEventListener('abort', () => io.write32(0, 0x10), { once: true });
    return {
      io,
      stop,
      [Symbol.dispose]() {
        stop.abort();
      },
    };
  },
};
