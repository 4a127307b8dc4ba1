// Generic read-only helpers (`T extends { read32(offset: number): number }`, a generator of offsets, a static method) only use the Bar during the call. [class 2]
import type { devres, pci } from '@bindsafe/kernel';

interface Readable32 {
  read32(offset: number): number;
}

function* offsets(base: number, count: number): Generator<number> {
  for (let i = 0; i < count; i++) yield base + i * 4;
}

function dump<T extends Readable32>(io: T, base: number, count: number): string {
  const words: string[] = [];
  for (const off of offsets(base, count)) words.push(io.read32(off).toString(16).padStart(8, '0'));
  return words.join(' ');
}

class Quirks {
  static needsReset(io: Readable32): boolean {
    return (io.read32(0x08) & 0xff) < 0x03;
  }
}

export const usbDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly banner: string }> = {
  name: 'held-xhci',
  idTable: [{ vendor: 0x1b21, device: 0x2142 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-xhci');
    const bar = regs.access(pdev.asRef());
    if (Quirks.needsReset(bar)) bar.write32(0x2, 0x20);
    const banner = dump(bar, 0x00, 4);
    pdev.asRef().info(`capabilities: ${banner}`);
    return { regs, banner };
  },
};
