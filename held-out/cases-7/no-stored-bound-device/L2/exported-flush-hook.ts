// A platform framebuffer installs a module-level flush hook: an arrow capturing its IoMem, assigned to an exported `let`.
import type { platform } from '@bindsafe/kernel';

export let flushHook: ((lines: number) => void) | undefined;

export const driver: platform.Driver<{ readonly io: platform.IoMem; readonly stride: number }> = {
  name: 'held-fb-flush-hook',
  idTable: [{ compatible: 'vendor,simple-fb' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    const stride = io.read32(0x04);
    flushHook = (lines) => io.write32(lines * stride, 0x20); // expect: bindsafe/no-stored-bound-device
    return { io, stride };
  },
};
