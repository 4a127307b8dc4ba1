// A platform display controller only reads its data and writes the hardware (through its Devres) in unbind.
import type { devres, platform } from '@bindsafe/kernel';

interface LcdcData {
  readonly mem: devres.Devres<platform.IoMem>;
  readonly layers: readonly { readonly id: number; enabled: boolean }[];
}

export const lcdcDriver: platform.Driver<LcdcData> = {
  name: 'h9-lcdc',
  idTable: [{ compatible: 'acme,lcdc' }],
  probe(pdev) {
    return { mem: pdev.iomapResource(0), layers: [{ id: 0, enabled: true }, { id: 1, enabled: false }] };
  },
  unbind(pdev, data) {
    const io = data.mem.access(pdev.asRef());
    for (const layer of data.layers) {
      if (layer.enabled) io.write32(0, 0x100 + layer.id * 0x20);
    }
    pdev.asRef().info(`${data.layers.filter((l) => l.enabled).length} layers disabled`);
  },
};
