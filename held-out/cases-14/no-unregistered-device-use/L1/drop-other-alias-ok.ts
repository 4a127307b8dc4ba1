// A page-flip swap drops the old registration through an alias and keeps using the new one's device. [class 5, class 6]
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

type Swap<D extends drm.AnyDriver> = { readonly current: drm.Registration<D>; readonly previous: drm.Registration<D> };

export async function swapOut({ current, previous }: Swap<AuxDrm>): Promise<number> {
  const retiring = previous;
  const live = current.device();
  await retiring.drop();
  const file = live.openFile();
  return file.inner().opened;
}
