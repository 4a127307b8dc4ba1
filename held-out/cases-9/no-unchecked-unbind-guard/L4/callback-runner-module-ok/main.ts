// [class 7] A generator yields each device's parent id through another module's checked runner.
import type { AuxDevice } from '../../../../cases/_shared/aux-drm.js';
import { inSection } from './run.js';

export function* parentIds(devs: Iterable<AuxDevice>): Generator<number> {
  for (const dev of devs) {
    const id = inSection(dev, -1, (parent) => parent.id);
    if (id >= 0) yield id;
  }
}
