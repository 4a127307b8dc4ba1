// A file-ops table opens a file for a health probe; the caller calls it after dropping the registration. [class 5, class 7]
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface FileOps<D extends drm.AnyDriver> {
  open(dev: drm.Device<D>): drm.File<drm.FileDataOf<D>>;
}

const ops: FileOps<AuxDrm> = {
  open(dev) {
    return dev.openFile();
  },
};

export async function healthAfterUnplug(reg: drm.Registration<AuxDrm>): Promise<number> {
  const dev = reg.device();
  await reg.drop();
  const file = ops.open(dev); // expect: bindsafe/no-unregistered-device-use
  return file.inner().opened;
}
