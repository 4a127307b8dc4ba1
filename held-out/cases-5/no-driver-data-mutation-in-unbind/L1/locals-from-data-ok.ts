// unbind reads the data into locals (a destructured number, a spread copy of the queue) and mutates only those locals. [class 6]
import type { devres, platform } from '@bindsafe/kernel';

interface Dma {
  readonly mem: devres.Devres<platform.IoMem>;
  readonly stats: { inflight: number; completed: number };
  readonly queue: number[];
}

export const dmaDriver: platform.Driver<Dma> = {
  name: 'held5c-dma',
  idTable: [{ compatible: 'held5c,dma' }],
  probe(pdev) {
    return { mem: pdev.iomapResource(0), stats: { inflight: 0, completed: 0 }, queue: [] };
  },
  unbind(pdev, data) {
    let { inflight } = data.stats;
    const stale = [...data.queue];
    const io = data.mem.access(pdev.asRef());
    while (inflight > 0) {
      io.write32(stale.pop() ?? 0, 0x40);
      inflight--;
    }
    stale.length = 0;
    pdev.asRef().info(`held5c-dma: ${data.stats.completed} descriptors completed`);
  },
};
