// A PCI framebuffer blanks the screen through a helper that takes the bound view without justification; callers need none.
import type { devres, pci } from '@bindsafe/kernel';

export interface FbData {
  readonly pdev: pci.Device;
  readonly vram: devres.Devres<pci.Bar>;
}

function blank(fb: FbData, lines: number): void {
  const bar = fb.vram.access(fb.pdev.asRef().unsafeAsBound()); // expect: bindsafe/require-safety-comment
  for (let y = 0; y < lines; y++) bar.write32(0, y * 4);
}

export function suspend(fb: FbData): void {
  blank(fb, 480);
}

export function powerOff(fb: FbData): void {
  blank(fb, 480);
  console.log(`${fb.pdev.name}: off`);
}
