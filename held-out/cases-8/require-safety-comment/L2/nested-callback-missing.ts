// A PCI mixer groups handles with nested callbacks; the SAFETY comment is on a different statement of the outer callback than the inner one.
import type { device, pci } from '@bindsafe/kernel';

type Group = { readonly members: readonly device.Device<device.Normal>[] };

export const driver: pci.Driver<{ readonly groups: readonly Group[] }> = {
  name: 'held8-mixer-nested',
  idTable: [{ vendor: 0x1102, device: 0x0012 }],
  probe(pdev) {
    const handle = pdev.asRef().toNormal();
    return { groups: [{ members: [handle] }, { members: [handle, handle] }] };
  },
  unbind(_pdev, data) {
    data.groups.forEach((group) => {
      // SAFETY: the first member is this device, bound during unbind.
      const lead = group.members[0]?.unsafeAsBound();
      group.members.forEach((member) => {
        member.unsafeAsBound().info(`mixer: mute after ${lead?.name ?? '?'}`); // expect: bindsafe/require-safety-comment
      });
    });
  },
};
