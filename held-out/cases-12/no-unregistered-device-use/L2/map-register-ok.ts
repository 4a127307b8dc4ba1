// A platform scaler sets each staged device's taps in forEach, registers them all with map(), then reads the registered devices. [class 7]
import { drm, type platform } from '@bindsafe/kernel';

interface ScalerData {
  taps: number;
}
type ScalerDrm = drm.Driver<ScalerData, { readonly index: number }, {}, 'platform'>;

const scalerDrm: ScalerDrm = {
  info: { name: 'scaler', desc: 'Video scaler', major: 0, minor: 8, patchlevel: 0 },
  bus: 'platform',
  openFile: () => ({}),
  ioctls: {},
};

export const scalerDriver: platform.Driver<{ readonly regs: drm.Registration<ScalerDrm>[] }> = {
  name: 'scaler-2',
  idTable: [{ compatible: 'vendor,scaler' }],
  probe(pdev) {
    const staged = [drm.UnregisteredDevice.new(scalerDrm, pdev, { taps: 4 }), drm.UnregisteredDevice.new(scalerDrm, pdev, { taps: 4 })];
    staged.forEach((udev) => (udev.data.taps = 8));
    const regs = staged.map((udev, index) => drm.Registration.new(pdev, udev, { index }, 0));
    regs.forEach((reg) => pdev.asRef().info(`${reg.device().name}: ${reg.device().data.taps} taps`));
    return { regs };
  },
};
