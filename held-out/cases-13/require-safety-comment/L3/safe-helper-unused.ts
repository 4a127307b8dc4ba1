// A PCI framebuffer's caller justifies a call of a safe helper that already carries its own SAFETY comment.
import type { devres, pci } from '@bindsafe/kernel';

export interface FbData {
  readonly pdev: pci.Device;
  readonly vram: devres.Devres<pci.Bar>;
}

function blank(fb: FbData, lines: number): void {
  // SAFETY: FbData is the driver data; it is only reachable while its binding lasts.
  const bar = fb.vram.access(fb.pdev.asRef().unsafeAsBound());
  for (let y = 0; y < lines; y++) bar.write32(0, y * 4);
}

export function suspend(fb: FbData): void {
  // SAFETY: suspend runs while the device is bound. // expect: bindsafe/require-safety-comment
  blank(fb, 480);
}
