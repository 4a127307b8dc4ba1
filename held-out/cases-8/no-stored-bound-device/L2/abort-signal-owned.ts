// A PCI DMA engine makes an AbortController in probe, the driver data keeps it, and its signal's listener touches the Bar.
import type { pci } from '@bindsafe/kernel';

interface DmaData {
  readonly bar: pci.Bar;
  readonly stop: AbortController;
}

export const driver: pci.Driver<DmaData> = {
  name: 'held8-dma-abort',
  idTable: [{ vendor: 0x8086, device: 0x0b25 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'dma').access(pdev.asRef());
    const stop = new AbortController();
    stop.signal.addEventListener('abort', () => bar.write32(0, 0x00), { once: true });
    return { bar, stop };
  },
};
