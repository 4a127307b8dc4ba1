// The debug window is picked with a ternary between two Bars and assigned to a module-level `let`. [class 6]
import type { devres, pci } from '@bindsafe/kernel';

interface FpgaInfo {
  readonly wideDebug: boolean;
}

let debugWindow: pci.Bar | undefined;

export const fpgaDriver: pci.Driver<{ readonly bar0: devres.Devres<pci.Bar>; readonly bar2: devres.Devres<pci.Bar> }, FpgaInfo> = {
  name: 'held-fpga',
  idTable: [
    { vendor: 0x10ee, device: 0x7024, info: { wideDebug: false } },
    { vendor: 0x10ee, device: 0x9038, info: { wideDebug: true } },
  ],
  probe(pdev, info) {
    const dev = pdev.asRef();
    const bar0 = pdev.iomapRegion(0, 'held-fpga');
    const bar2 = pdev.iomapRegion(2, 'held-fpga-dbg');
    const wide = info?.wideDebug === true;
    debugWindow = wide ? bar2.access(dev) : bar0.access(dev); // expect: bindsafe/no-stored-bound-device
    return { bar0, bar2 };
  },
};

export function peek(offset: number): number | undefined {
  return debugWindow?.read32(offset);
}
