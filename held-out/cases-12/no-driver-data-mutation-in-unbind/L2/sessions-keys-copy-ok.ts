// An auxiliary RDMA device copies the keys of its session Map and deletes them from a local copy of the Map in a callback. [class 7]
import type { auxiliary } from '@bindsafe/kernel';

interface QueuePair {
  readonly qpn: number;
  readonly peer: string;
}

interface RdmaData {
  readonly port: number;
  readonly sessions: Map<number, QueuePair>;
}

export const rdmaDriver: auxiliary.Driver<RdmaData> = {
  name: 'rdma-aux',
  idTable: [{ modname: 'mlx5_core', name: 'rdma' }],
  probe(adev) {
    return { port: adev.id, sessions: new Map([[7, { qpn: 7, peer: '10.0.0.2' }]]) };
  },
  unbind(adev, data) {
    const remaining = new Map(data.sessions);
    const qpns = Array.from(data.sessions.keys());
    qpns.forEach((qpn) => {
      adev.asRef().info(`rdma-aux: QP ${qpn} to ${remaining.get(qpn)?.peer ?? '?'} goes with the data`);
      remaining.delete(qpn);
    });
    qpns.reverse();
  },
};
