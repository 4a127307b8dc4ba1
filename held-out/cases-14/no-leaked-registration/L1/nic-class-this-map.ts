// A class-based NIC driver files each port's child under its own `this` Map: the driver object outlives every binding. [class 6]
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

const PORTS = [
  { port: 0, role: 'eth' },
  { port: 1, role: 'rdma' },
] as const;

interface NicData {
  readonly ports: number;
}

class NicDriver implements pci.Driver<NicData> {
  readonly name = 'nic-ports';
  readonly idTable = [{ vendor: 0x15b3, device: 0x101d }];
  readonly #children = new Map<number, auxiliary.Registration>();

  probe(pdev: pci.Device<device.Core>): NicData {
    const rdma = PORTS.find((p) => p.role === 'rdma') ?? PORTS[0];
    this.#children.set(rdma.port, auxiliary.Registration.new(pdev.asRef(), rdma.role, rdma.port, 'nic_ports')); // expect: bindsafe/no-leaked-registration
    return { ports: PORTS.length };
  }
}

export const nicDriver = new NicDriver();
