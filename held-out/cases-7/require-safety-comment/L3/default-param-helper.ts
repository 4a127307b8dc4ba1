// A PCI NIC calls a same-file @unsafe reset helper with a default parameter, under a SAFETY comment.
import type { pci } from '@bindsafe/kernel';

/**
 * Pulses the MAC reset line without draining the DMA rings.
 *
 * @unsafe The caller must guarantee bus mastering is off, so no DMA is in flight.
 */
function pulseReset(bar: pci.Bar, holdCycles = 8): void {
  bar.write32(1, 0x0c);
  for (let i = 0; i < holdCycles; i++) bar.read32(0x0c);
  bar.write32(0, 0x0c);
}

export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'held-nic-reset-default',
  idTable: [{ vendor: 0x8086, device: 0x15b8 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const bar = pdev.iomapRegion(0, 'mac').access(pdev.asRef());
    // SAFETY: setMaster() has not been called yet, so bus mastering is still off.
    pulseReset(bar);
    pdev.setMaster();
    return { bar };
  },
};
