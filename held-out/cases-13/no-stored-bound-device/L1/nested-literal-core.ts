// A platform display controller driver nests its hardware state in its driver data; the nested field is declared platform.Device<Core>. [class 2]
import type { device, devres, platform } from '@bindsafe/kernel';

interface Plane {
  readonly id: number;
  readonly zpos: number;
}

interface DisplayData {
  readonly hw: {
    readonly parent: platform.Device<device.Core>;
    readonly io: devres.Devres<platform.IoMem>;
  };
  readonly planes: readonly Plane[];
}

export const dcDriver: platform.Driver<DisplayData> = {
  name: 'sun4i-drm-lite',
  idTable: [{ compatible: 'allwinner,sun8i-de2' }],
  probe(pdev) {
    const io = pdev.iomapResource(0);
    const count = io.access(pdev.asRef()).read32(0x00) & 0x7;
    const planes = Array.from({ length: count }, (_, id): Plane => ({ id, zpos: id }));
    return { hw: { parent: pdev, io }, planes }; // expect: bindsafe/no-stored-bound-device
  },
};
