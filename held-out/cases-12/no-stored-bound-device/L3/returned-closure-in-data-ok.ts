// A watchdog driver keeps a helper-built "kick" closure over its BAR in the driver data [class 7]
import type { devres, pci } from '@bindsafe/kernel';

function makeKicker(bar: pci.Bar, magic: number): () => void {
  return () => bar.write32(magic, 0x8);
}

interface WdtData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly kick: () => void;
}

export const wdtDriver: pci.Driver<WdtData> = {
  name: 'wdt-kick-ok',
  idTable: [{ vendor: 0x8086, device: 0x25ab }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'wdt');
    const kick = makeKicker(regs.access(pdev.asRef()), 0x5a5a);
    kick();
    return { regs, kick };
  },
  unbind(_pdev, data) {
    data.kick();
  },
};
