// A multi-head display driver registers every head in a for-of loop, then logs the first head's name from the array. [class 6]
import { drm, type platform } from '@bindsafe/kernel';

type HeadDrm = drm.Driver<{ readonly head: number }, { readonly crtcs: number }, {}, 'platform'>;

const headDrm: HeadDrm = {
  info: { name: 'mhead', desc: 'Multi-head display', major: 3, minor: 1, patchlevel: 0 },
  bus: 'platform',
  openFile: () => ({}),
  ioctls: {},
};

export const multiHeadDriver: platform.Driver<{ readonly heads: drm.Registration<HeadDrm>[] }> = {
  name: 'mhead',
  idTable: [{ compatible: 'vendor,multi-head' }],
  probe(pdev) {
    const pending = [0, 1, 2].map((head) => drm.UnregisteredDevice.new(headDrm, pdev, { head }));
    const heads: drm.Registration<HeadDrm>[] = [];
    for (const udev of pending) {
      heads.push(drm.Registration.new(pdev, udev, { crtcs: 1 }, 0));
    }
    pdev.asRef().info(`first head: ${pending.at(0)?.name ?? 'none'}`); // expect: bindsafe/no-unregistered-device-use
    return { heads };
  },
};
