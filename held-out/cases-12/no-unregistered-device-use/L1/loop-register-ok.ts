// A multi-head display driver registers every head in a for-of loop and logs the names of the registered devices. [class 6]
import { drm, type platform } from '@bindsafe/kernel';

type HeadDrm = drm.Driver<{ readonly head: number }, { readonly crtcs: number }, {}, 'platform'>;

const headDrm: HeadDrm = {
  info: { name: 'mhead', desc: 'Multi-head display', major: 3, minor: 1, patchlevel: 0 },
  bus: 'platform',
  openFile: () => ({}),
  ioctls: {},
};

export const multiHeadDriver: platform.Driver<{ readonly heads: drm.Registration<HeadDrm>[] }> = {
  name: 'mhead-2',
  idTable: [{ compatible: 'vendor,multi-head' }],
  probe(pdev) {
    const pending = [0, 1, 2].map((head) => drm.UnregisteredDevice.new(headDrm, pdev, { head }));
    pdev.asRef().info(`staged ${pending.length} heads, first ${pending[0]?.name ?? 'none'}`);
    const heads: drm.Registration<HeadDrm>[] = [];
    for (const udev of pending) {
      heads.push(drm.Registration.new(pdev, udev, { crtcs: 1 }, 0));
    }
    pdev.asRef().info(`first head: ${heads.at(0)?.device().name ?? 'none'}`);
    return { heads };
  },
};
