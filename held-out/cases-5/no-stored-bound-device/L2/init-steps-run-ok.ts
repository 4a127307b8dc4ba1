// A platform display controller builds an array of init-step closures over its IoMem, runs them in probe and drops them. [class 7]
import type { devres, platform } from '@bindsafe/kernel';

interface LcdcData {
  readonly mem: devres.Devres<platform.IoMem>;
  readonly steps: number;
}

export const lcdcDriver: platform.Driver<LcdcData, { readonly width: number; readonly height: number }> = {
  name: 'held-lcdc',
  idTable: [{ compatible: 'fsl,imx-lcdc', info: { width: 800, height: 480 } }],
  probe(pdev, info) {
    const mem = pdev.iomapResource(0);
    const io = mem.access(pdev.asRef());
    const width = info?.width ?? 640;
    const height = info?.height ?? 480;
    const steps: Array<() => void> = [
      () => io.write32(0, 0x00),
      () => io.write32((width << 16) | height, 0x04),
      () => io.write32(0x1, 0x00),
    ];
    for (const step of steps) step();
    return { mem, steps: steps.length };
  },
};
