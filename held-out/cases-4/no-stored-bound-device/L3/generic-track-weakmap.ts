// A generic helper `track<K extends object, V>` inserts into the table it is given; probe hands it a module-level WeakMap and the Bar.
import type { devres, pci } from '@bindsafe/kernel';

const windows = new WeakMap<object, pci.Bar>();

function track<K extends object, V>(table: WeakMap<K, V>, key: K, value: V): V {
  table.set(key, value);
  return value;
}

export const sataDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly handle: pci.Device }> = {
  name: 'held-sata',
  idTable: [{ vendor: 0x8086, device: 0x2922 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(5, 'held-ahci');
    const handle = pdev.toNormal();
    const bar = track(windows, handle, regs.access(pdev.asRef())); // expect: bindsafe/no-stored-bound-device
    bar.write32(1 << 31, 0x04);
    return { regs, handle };
  },
};

export function portsImplemented(handle: pci.Device): number | undefined {
  return windows.get(handle)?.read32(0x0c);
}
