// A PCI audio controller calls namespace helpers of another module with its BAR and keeps only the strings in module state.
import type { devres, pci } from '@bindsafe/kernel';
import { Regs } from './regs.js';

export const bootLog: string[] = [];

interface HdaData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly caps: number;
}

export const hdaDriver: pci.Driver<HdaData> = {
  name: 'held-hda',
  idTable: [{ vendor: 0x8086, device: 0x51c8 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'held-hda');
    const bar = regs.access(pdev.asRef());
    bootLog.push(`${pdev.name}: ${Regs.describe(bar)}`);
    return { regs, caps: Regs.snapshot(bar).caps };
  },
};
