// A PCI NIC's VLAN pool has its own unbind(dev, pool) method that is not a bus callback; the bus driver's unbind only reads
import type { devres, pci } from '@bindsafe/kernel';

interface VlanPool {
  readonly members: Map<number, string[]>;
  free: number[];
}

/** Detaches a port from a VLAN pool: named unbind, but no bus driver. */
export const vlanBinder = {
  unbind(dev: pci.Device, pool: VlanPool): void {
    pool.members.delete(dev.deviceId);
    pool.free.push(dev.deviceId);
  },
};

interface NicData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly vlans: ReadonlyMap<number, readonly string[]>;
}

export const vlanNic: pci.Driver<NicData> = {
  name: 'vlan-nic',
  idTable: [{ vendor: 0x8086, device: 0x1572 }],
  probe(pdev) {
    return { bar: pdev.iomapRegion(0, 'vlan-nic'), vlans: new Map([[1, ['eth0']]]) };
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write32(0, 0x0);
    pdev.asRef().info(`vlan-nic: ${data.vlans.size} VLANs configured`);
  },
};
