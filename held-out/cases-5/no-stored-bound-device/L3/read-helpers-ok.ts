// Same-file helpers read a Bar only during the call (a generator of offsets, a dump into a fresh array); probe keeps only strings.
import type { devres, pci } from '@bindsafe/kernel';

function* registerOffsets(size: number, stride = 4): Generator<number> {
  for (let off = 0; off < Math.min(size, 0x40); off += stride) yield off;
}

function dump(bar: pci.Bar): string[] {
  const lines: string[] = [];
  for (const off of registerOffsets(bar.size)) {
    lines.push(`${off.toString(16).padStart(4, '0')}: ${bar.read32(off).toString(16)}`);
  }
  return lines;
}

export const bootDumps: string[][] = [];

interface SataData {
  readonly regs: devres.Devres<pci.Bar>;
}

export const sataDriver: pci.Driver<SataData> = {
  name: 'held-ahci',
  idTable: [{ vendor: 0x8086, device: 0x2922 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(5, 'held-ahci');
    bootDumps.push(dump(regs.access(pdev.asRef())));
    return { regs };
  },
};
