// A PCI DMA engine fills a struct (device handle + BAR container) per channel into a module-level channel array. [class 4]
import type { device, devres, pci } from '@bindsafe/kernel';

const CH_STRIDE = 0x40;

interface DmaChan {
  dev: device.Device;
  regs: devres.Devres<pci.Bar>;
  off: number;
}

interface DmaData {
  readonly nchan: number;
}

const g_chans: DmaChan[] = [];

export function dma_chan_status(i: number): number {
  if (i < 0 || i >= g_chans.length) return -22;
  const c = g_chans[i];
  if (c === undefined) return -22;
  return c.regs.tryAccessWith((bar) => bar.read32(c.off)) ?? -19;
}

export const dma_driver: pci.Driver<DmaData> = {
  name: 'dma_pci',
  idTable: [{ vendor: 0x8086, device: 0x0b00 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'dma');
    const nchan = 4;
    chans: for (let i = 0; i < nchan; i++) {
      for (let j = 0; j < g_chans.length; j++) {
        if (g_chans[j]?.off === i * CH_STRIDE && g_chans[j]?.dev.name === pdev.asRef().name) continue chans;
      }
      const ch: DmaChan = { dev: pdev.asRef().toNormal(), regs, off: i * CH_STRIDE };
      g_chans[g_chans.length] = ch;
    }
    return { nchan };
  },
};
