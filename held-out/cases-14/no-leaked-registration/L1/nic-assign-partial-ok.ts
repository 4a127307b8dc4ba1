// A NIC builds its driver data with Object.assign from a partial record and a table-selected port child. [class 6]
import { auxiliary, type pci } from '@bindsafe/kernel';

const PORTS = [
  { port: 0, role: 'eth' },
  { port: 1, role: 'rdma' },
] as const;

interface NicData {
  ports: number;
  rdma?: auxiliary.Registration;
}

export const nicDriver: pci.Driver<NicData> = {
  name: 'nic-ports',
  idTable: [{ vendor: 0x15b3, device: 0x101d }],
  probe(pdev) {
    const rdma = PORTS.find((p) => p.role === 'rdma') ?? PORTS[0];
    const partial: NicData = { ports: PORTS.length };
    return Object.assign(partial, { rdma: auxiliary.Registration.new(pdev.asRef(), rdma.role, rdma.port, 'nic_ports') });
  },
};
