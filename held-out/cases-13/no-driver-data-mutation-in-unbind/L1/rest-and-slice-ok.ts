// A PCI multi-queue NIC takes the primitive fields of its stats with a rest pattern and reverses a slice() of its id list
import type { devres, pci } from '@bindsafe/kernel';

interface MqStats {
  readonly label: string;
  readonly resets: number;
  readonly drops: number;
}

interface MqData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly stats: MqStats;
  readonly queueIds: number[];
}

export const mqNicOk: pci.Driver<MqData> = {
  name: 'mq-nic-ok',
  idTable: [{ vendor: 0x15b3, device: 0x1018 }],
  probe(pdev) {
    return { bar: pdev.iomapRegion(0, 'mq-nic-ok'), stats: { label: 'mq0', resets: 0, drops: 0 }, queueIds: [0, 1, 2, 3] };
  },
  unbind(pdev, data) {
    const { label, ...numbers }: { label: string; resets: number; drops: number } = data.stats;
    numbers.resets += 1;
    const order = data.queueIds.slice();
    order.reverse();
    order.push(-1);
    data.bar.access(pdev.asRef()).write32(0, 0x100);
    pdev.asRef().info(`${label}: resets=${numbers.resets} teardown order ${order.join(',')}`);
  },
};
