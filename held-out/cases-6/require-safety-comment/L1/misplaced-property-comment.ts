// A regulator child's unbind puts its SAFETY comment above the wrong property of an object literal.
import type { auxiliary, device } from '@bindsafe/kernel';

interface LdoChild {
  readonly parent: device.Device<device.Normal>;
}

export const driver: auxiliary.Driver<LdoChild> = {
  name: 'held-aux-ldo',
  idTable: [{ modname: 'held_pmic', name: 'ldo' }],
  probe(adev) {
    return { parent: adev.parent().toNormal() };
  },
  unbind(adev, data) {
    const summary = {
      // SAFETY: the PMIC parent is bound while its children unbind. // expect: bindsafe/require-safety-comment
      child: adev.name,
      parent: data.parent.unsafeAsBound().name, // expect: bindsafe/require-safety-comment
    };
    data.parent.info(`${summary.child} of ${summary.parent}`);
  },
};
