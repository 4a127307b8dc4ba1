// A same-file helper builds the driver data around the Device<Bound> and the IoMem; probe returns what it built. [class 4]
import type { device, devres, platform } from '@bindsafe/kernel';

interface CamData {
  readonly dev: device.Device<device.Bound>;
  readonly io: platform.IoMem;
  readonly mem: devres.Devres<platform.IoMem>;
  readonly lanes: number;
}

function buildData(dev: device.Device<device.Bound>, mem: devres.Devres<platform.IoMem>, lanes: number): CamData {
  const io = mem.access(dev);
  io.write32(lanes - 1, 0x04);
  return { dev, io, mem, lanes };
}

export const csiDriver: platform.Driver<CamData, { readonly lanes: number }> = {
  name: 'held-csi',
  idTable: [{ compatible: 'nxp,imx8-mipi-csi2', info: { lanes: 4 } }],
  probe(pdev, info) {
    return buildData(pdev.asRef(), pdev.iomapResource(0), info?.lanes ?? 2);
  },
  unbind(_pdev, data) {
    data.io.write32(0, 0x04);
    data.dev.info('csi lanes down');
  },
};
