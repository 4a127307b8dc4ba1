// A platform LED driver defers its brightness write to a microtask and takes a bound view there without a comment. [class 5]
import type { devres, platform } from '@bindsafe/kernel';

export const ledOps = {
  setBrightness(pdev: platform.Device, mmio: devres.Devres<platform.IoMem>, level: number): void {
    const handle = pdev.toNormal();
    queueMicrotask(() => mmio.access(handle.asRef().unsafeAsBound()).write32(level & 0xff, 0x0c)); // expect: bindsafe/require-safety-comment
  },
} as const;
