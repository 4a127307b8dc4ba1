// A retire path drops the registration through a tuple alias and then opens a file on the unplugged device. [class 5, class 6]
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

type Pair<D extends drm.AnyDriver> = readonly [drm.Device<D>, drm.Registration<D>];

export async function retireAndProbe(reg: drm.Registration<AuxDrm>): Promise<number> {
  const [dev, retiring]: Pair<AuxDrm> = [reg.device(), reg];
  await retiring.drop();
  const file = dev.openFile(); // expect: bindsafe/no-unregistered-device-use
  return file.inner().opened;
}
