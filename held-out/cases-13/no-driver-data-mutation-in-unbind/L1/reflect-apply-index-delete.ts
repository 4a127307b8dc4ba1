// A PCI RDMA card destructures its queue-pair index and removes its own entry through Reflect.apply(Map.prototype.delete) [class 8]
import type { devres, pci } from '@bindsafe/kernel';

interface RdmaData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly qpIndex: Map<number, { readonly port: number }>;
}

export const rdmaCard: pci.Driver<RdmaData> = {
  name: 'rdma-card',
  idTable: [{ vendor: 0x15b3, device: 0x101b }],
  probe(pdev) {
    const qpIndex = new Map([[pdev.deviceId, { port: 1 }]]);
    return { bar: pdev.iomapRegion(0, 'rdma-card'), qpIndex };
  },
  unbind(pdev, data) {
    const { qpIndex: index } = data;
    data.bar.access(pdev.asRef()).write32(0, 0x20);
    const removed: boolean = Reflect.apply(Map.prototype.delete, index, [pdev.deviceId]); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`rdma-card: qp entry removed=${removed}`);
  },
};
