// A PCI framebuffer driver picks its aperture BAR through a chain of aliases and keeps only its size in a module-level slot. [class 2]
import type { device, devres, pci } from '@bindsafe/kernel';

let bootApertureSize = 0;

class Framebuffer {
  constructor(readonly aperture: devres.Devres<pci.Bar>, readonly stride: number) {}
}

class SimpleFbDriver implements pci.Driver<Framebuffer> {
  readonly name = 'simplefb_pci';
  readonly idTable = [{ vendor: 0x1234, device: 0x1111 }];

  probe(pdev: pci.Device<device.Core>): Framebuffer {
    pdev.enableDeviceMem();
    const aperture = pdev.iomapRegion(0, 'fb');
    const mapped = aperture.access(pdev.asRef());
    const fb = mapped;
    const scanout = fb;
    scanout.write32(0, 0x00);
    bootApertureSize = scanout.size;
    return new Framebuffer(aperture, 1024 * 4);
  }
}

export function bootFbSize(): number {
  return bootApertureSize;
}

export const simpleFb = new SimpleFbDriver();
