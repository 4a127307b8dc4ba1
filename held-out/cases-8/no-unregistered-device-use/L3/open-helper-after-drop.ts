// A teardown drops the registration and then calls openProbe(), a helper that opens a file on the device it is given. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

function openProbe(dev: drm.Device<AuxDrm>): number {
  const file = dev.openFile();
  return file.inner().opened;
}

export async function teardownAndVerify(reg: drm.Registration<AuxDrm>): Promise<number> {
  const dev = reg.device();
  await reg.drop();
  return openProbe(dev); // expect: bindsafe/no-unregistered-device-use
}
