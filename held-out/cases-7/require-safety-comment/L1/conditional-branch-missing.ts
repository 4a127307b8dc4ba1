// An auxiliary PHY child picks its parent as bound in the else branch of a conditional, without a SAFETY comment.
import type { auxiliary, device } from '@bindsafe/kernel';

interface PhyData {
  readonly parent: device.Device;
  readonly lanes: number;
}

export const driver: auxiliary.Driver<PhyData, { readonly lanes: number }> = {
  name: 'held-phy-conditional',
  idTable: [{ modname: 'held_serdes', name: 'phy', info: { lanes: 4 } }],
  probe(adev, info) {
    return { parent: adev.parent().toNormal(), lanes: info?.lanes ?? 1 };
  },
  unbind(adev, data) {
    const quiet = data.lanes === 0;
    const target = quiet ? undefined : data.parent.unsafeAsBound(); // expect: bindsafe/require-safety-comment
    target?.info(`phy ${adev.id} down`);
  },
};
