// A SPI host's ops table holds one @unsafe entry; the probe path destructures it and calls it bare. [class 7]
import type { device, devres, platform } from '@bindsafe/kernel';

export interface SpiOps {
  readonly label: (dev: device.Device) => string;
  readonly chipSelect: (dev: device.Device, mmio: devres.Devres<platform.IoMem>, cs: number) => void;
}

/** @unsafe The caller must guarantee that `dev` is bound while the chip select is written. */
function chipSelectBound(dev: device.Device, mmio: devres.Devres<platform.IoMem>, cs: number): void {
  // SAFETY: forwarded: the caller guarantees `dev` is bound.
  mmio.access(dev.unsafeAsBound()).write32(1 << cs, 0x10);
}

export const spiOps = {
  label: (dev: device.Device) => `spi@${dev.name}`,
  chipSelect: chipSelectBound,
} satisfies SpiOps;

export function selectFirst(pdev: platform.Device, mmio: devres.Devres<platform.IoMem>): string {
  const { chipSelect, label } = spiOps;
  chipSelect(pdev.asRef(), mmio, 0); // expect: bindsafe/require-safety-comment
  return label(pdev.asRef());
}
