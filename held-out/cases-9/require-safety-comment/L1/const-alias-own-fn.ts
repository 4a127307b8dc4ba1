// A PCI DMA engine calls its own @unsafe helper through a short const alias, without a SAFETY comment at the call. [class 7]
import type { device, devres, pci } from '@bindsafe/kernel';

interface DmaData {
  readonly handle: device.Device;
  readonly regs: devres.Devres<pci.Bar>;
}

/**
 * Stops the engine through a re-proven bound device.
 * @unsafe The caller must guarantee that the driver is still bound to the device.
 */
export function stopEngine(handle: device.Device, regs: devres.Devres<pci.Bar>): void {
  // SAFETY: the contract above is passed on to the caller.
  regs.access(handle.unsafeAsBound()).write32(0, 0x20);
}

const halt = stopEngine;

export const dmaDriver: pci.Driver<DmaData> = {
  name: 'h9-dma',
  idTable: [{ vendor: 0x8086, device: 0x0b00 }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal(), regs: pdev.iomapRegion(0, 'dma') };
  },
  unbind(_pdev, data) {
    halt(data.handle, data.regs); // expect: bindsafe/require-safety-comment
  },
};
