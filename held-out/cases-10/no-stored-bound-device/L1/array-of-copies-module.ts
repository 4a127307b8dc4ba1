// A PCI power meter stores destructured register copies (numbers) into a module table.
import type { device, pci } from '@bindsafe/kernel';
const readings = new Map<string, { volts: number; amps: number }>();
export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-pwr-copies',
  idTable: [{ vendor: 0x1af4, device: 0x1048 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-pwr-copies').access(pdev.asRef());
    const [volts, amps] = [bar.read16(0), bar.read16(2)];
    readings.set(pdev.name, { volts, amps });
    return { bar };
  },
};
