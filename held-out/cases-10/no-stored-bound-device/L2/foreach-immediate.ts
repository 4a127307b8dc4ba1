// A PCI DAC programs its channels with forEach and map closures that run during probe.
import type { device, pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-dac-each',
  idTable: [{ vendor: 0x1af4, device: 0x1047 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-dac-each').access(pdev.asRef());
    const gains = [3, 5, 7, 9];
    gains.forEach((g, i) => bar.write8(g, 0x20 + i));
    const echoed = gains.map((_, i) => bar.read8(0x20 + i));
    if (echoed.some((v, i) => v !== gains[i])) throw new Error('dac readback');
    return { bar };
  },
};
