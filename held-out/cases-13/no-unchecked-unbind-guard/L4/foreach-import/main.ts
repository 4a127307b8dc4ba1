// System resume hands every card to the imported wake() from forEach, which drops the guards. [class 7]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { wake } from './wake.js';

export function resumeAll(cards: Iterable<GpuDevice>): number {
  const list = [...cards];
  list.forEach((card) => wake(card)); // expect: bindsafe/no-unchecked-unbind-guard
  return list.length;
}
