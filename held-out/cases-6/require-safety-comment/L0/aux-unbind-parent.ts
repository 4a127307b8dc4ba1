// An auxiliary GPIO child keeps its parent's handle and logs through it, as bound, in unbind with a SAFETY comment.
import type { auxiliary, device } from '@bindsafe/kernel';

interface ChildData {
  readonly parent: device.Device<device.Normal>;
}

export const driver: auxiliary.Driver<ChildData> = {
  name: 'held-aux-gpio',
  idTable: [{ modname: 'held_pmic', name: 'gpio' }],
  probe(adev) {
    return { parent: adev.parent().toNormal() };
  },
  unbind(_adev, data) {
    // SAFETY: the parent unbinds its auxiliary children before it unbinds itself, so it is
    // still bound while this child's unbind runs, and the Device<Bound> is not kept.
    data.parent.unsafeAsBound().info('gpio child unbinding');
  },
};
