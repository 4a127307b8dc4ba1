// A platform NIC sums queue lengths into an unbind-local counter from a callback, and builds a fresh Set of idle queues.
import type { device, platform } from '@bindsafe/kernel';

interface TxQueue {
  readonly index: number;
  readonly inflight: readonly number[];
}

interface NicData {
  readonly txQueues: readonly TxQueue[];
}

export const socNicDriver: platform.Driver<NicData> = {
  name: 'h8-soc-nic',
  idTable: [{ compatible: 'acme,gmac' }],
  probe(_pdev: platform.Device<device.Core>): NicData {
    return { txQueues: [{ index: 0, inflight: [1, 2] }, { index: 1, inflight: [] }] };
  },
  unbind(pdev, data) {
    let total = 0;
    const idle = new Set<number>();
    data.txQueues.forEach((q) => {
      total += q.inflight.length;
      if (q.inflight.length === 0) idle.add(q.index);
    });
    pdev.asRef().info(`h8-soc-nic: ${total} in flight, ${idle.size} idle queues`);
  },
};
