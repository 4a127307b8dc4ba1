// A multi-function PCI serial card registers every probed port's device in a global port table. [class 2]
import type { device, pci } from '@bindsafe/kernel';

interface PortData {
  readonly line: number;
}

const g_ports: device.Device<device.Bound>[] = [];

export function ser_port_count(): number {
  return g_ports.length;
}

export const ser_driver: pci.Driver<PortData> = {
  name: 'ser_pci',
  idTable: [{ vendor: 0x9710, device: 0x9865 }],
  probe(pdev) {
    const line = g_ports.length;
    g_ports.push(pdev.asRef()); // expect: bindsafe/no-stored-bound-device
    pdev.asRef().info(`ttyS${line}`);
    return { line };
  },
};
