// A framebuffer driver keeps its mapped VRAM Bar directly in the driver data it returns [class 4]
import type { devres, pci } from '@bindsafe/kernel';

interface FbData {
  readonly vramRegs: devres.Devres<pci.Bar>;
  readonly vram: pci.Bar;
  readonly width: number;
}

export const fbDriver: pci.Driver<FbData> = {
  name: 'simplefb-pci-ok',
  idTable: [{ vendor: 0x1234, device: 0x1111 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const vramRegs = pdev.iomapRegion(0, 'vram');
    const vram = vramRegs.access(pdev.asRef());
    vram.write32(0, 0);
    return { vramRegs, vram, width: 1024 };
  },
  unbind(_pdev, data) {
    data.vram.write32(0xffffffff, 0x10);
  },
};
