// A SPI host's ops table holds one @unsafe entry; only the safe entry is destructured and called, with no comment. [class 7]
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

export function describe(pdev: platform.Device): string {
  const { label: nameOf } = spiOps;
  return nameOf(pdev.asRef());
}

export function selectFirst(pdev: platform.Device, mmio: devres.Devres<platform.IoMem>): void {
  const { chipSelect: select } = spiOps;
  // SAFETY: selectFirst is called from probe, where the host is bound.
  select(pdev.asRef(), mmio, 0);
}
