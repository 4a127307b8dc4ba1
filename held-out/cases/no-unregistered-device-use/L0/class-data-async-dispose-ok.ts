// Driver data whose asyncDispose drops the registration, then only reads the device.
import { drm, type platform } from '@bindsafe/kernel';
import type { GetParam } from '../../_shared/gpu-drm.js';

interface MaliRegData {
  readonly iomem: platform.IoMem;
}
type MaliDrm = drm.Driver<{ readonly gpuId: number }, MaliRegData, {}, 'platform', { readonly gpuId: GetParam }>;

const maliDrm: MaliDrm = {
  info: { name: 'mali', desc: 'Mali GPU', major: 1, minor: 0, patchlevel: 0 },
  bus: 'platform',
  openFile: () => ({}),
  ioctls: {
    gpuId(dev, regData, arg) {
      arg.value = regData.iomem.read32(0) ^ dev.data.gpuId;
      return 0;
    },
  },
};

class MaliData implements AsyncDisposable {
  constructor(readonly reg: drm.Registration<MaliDrm>) {}
  async [Symbol.asyncDispose](): Promise<void> {
    const dev = this.reg.device();
    await this.reg.drop();
    console.log(`${dev.name} gone, gpu ${dev.data.gpuId}`);
  }
}

export const driver: platform.Driver<MaliData> = {
  name: 'held-nudu-mali',
  idTable: [{ compatible: 'arm,held-mali' }],
  probe(pdev) {
    const iomem = pdev.iomapResource(0).access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(maliDrm, pdev, { gpuId: iomem.read32(0) });
    return new MaliData(drm.Registration.new(pdev, udev, { iomem }, 0));
  },
};
