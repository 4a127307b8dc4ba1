// A platform SPI controller driver picks the primary or the secondary register window's Devres container with a conditional and parks it in a module variable. [class 3]
import type { devres, platform } from '@bindsafe/kernel';

enum Window {
  Primary = 0,
  Secondary = 1,
}

let activeWindow: devres.Devres<platform.IoMem> | undefined;

class SpiMaster {
  constructor(readonly windows: readonly devres.Devres<platform.IoMem>[], readonly active: Window) {}
}

export const spiDriver: platform.Driver<SpiMaster, Window> = {
  name: 'dw-spi',
  idTable: [{ compatible: 'snps,dw-apb-ssi', info: Window.Primary }, { compatible: 'snps,dwc-ssi', info: Window.Secondary }],
  probe(pdev, which) {
    const primary = pdev.iomapResource(0);
    const secondary = pdev.iomapResource(1);
    const active = which ?? Window.Primary;
    activeWindow = active === Window.Secondary ? secondary : primary;
    return new SpiMaster([primary, secondary], active);
  },
};

export function spiStatus(): number | undefined {
  return activeWindow?.tryAccessWith((io) => io.read32(0x28));
}
