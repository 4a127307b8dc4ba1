// A PCI GSP device closes its queues through a helper in another module that calls only the queue class's own methods
import type { devres, pci } from '@bindsafe/kernel';
import { closeAll, GspQueue } from './gsp-queue.js';

interface GspData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly queues: Map<string, GspQueue>;
  readonly irq: pci.IrqRegistration;
}

export const gspModuleOk: pci.Driver<GspData> = {
  name: 'gsp-module-ok',
  idTable: [{ vendor: 0x10de, device: 0x268b }],
  probe(pdev) {
    const queues = new Map([['cmd', new GspQueue()], ['event', new GspQueue()]]);
    const irq = pdev.requestIrq(0, 'gsp-module-ok', () => queues.get('event')?.push('irq'));
    return { bar: pdev.iomapRegion(0, 'gsp-module-ok'), queues, irq };
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write32(0x1, 0x110);
    pdev.asRef().info(`gsp-module: ${closeAll(data.queues)} messages dropped`);
  },
};
