// unbind destructures the work queue out of the data and pushes a shutdown marker into it for the worker to see. [class 6]
import type { devres, platform } from '@bindsafe/kernel';

type Work = { readonly kind: 'frame'; readonly seq: number } | { readonly kind: 'shutdown' };

interface Encoder {
  readonly mem: devres.Devres<platform.IoMem>;
  readonly queue: Work[];
  readonly irq: platform.IrqRegistration;
}

export const encoderDriver: platform.Driver<Encoder> = {
  name: 'held5c-encoder',
  idTable: [{ compatible: 'held5c,venc' }],
  probe(pdev) {
    const mem = pdev.iomapResource(0);
    const queue: Work[] = [];
    let seq = 0;
    const irq = pdev.requestIrq(0, 'held5c-venc', () => {
      queue.push({ kind: 'frame', seq: seq++ });
    });
    return { mem, queue, irq };
  },
  unbind(pdev, data) {
    const { queue, mem } = data;
    mem.access(pdev.asRef()).write32(0, 0x10);
    queue.push({ kind: 'shutdown' }); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
