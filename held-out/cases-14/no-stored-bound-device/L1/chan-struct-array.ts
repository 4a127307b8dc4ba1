// A PCI DMA engine fills a struct (bound device + BAR) per channel into a module-level channel array. [class 4]
import type { device, pci } from '@bindsafe/kernel';

const CH_STRIDE = 0x40;

interface DmaChan {
  dev: device.Device<device.Bound>;
  bar: pci.Bar;
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
  return c.bar.read32(c.off);
}

export const dma_driver: pci.Driver<DmaData> = {
  name: 'dma_pci',
  idTable: [{ vendor: 0x8086, device: 0x0b00 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'dma').access(pdev.asRef());
    const nchan = 4;
    chans: for (let i = 0; i < nchan; i++) {
      for (let j = 0; j < g_chans.length; j++) {
        if (g_chans[j]?.off === i * CH_STRIDE && g_chans[j]?.dev.name === pdev.asRef().name) continue chans;
      }
      const ch: DmaChan = { dev: pdev.asRef(), bar, off: i * CH_STRIDE };
      g_chans[g_chans.length] = ch; // expect: bindsafe/no-stored-bound-device
    }
    return { nchan };
  },
};
