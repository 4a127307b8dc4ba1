// The loopback helper drops its child on the success exit but returns early without it on failure. [class 1]
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

function runLoopback(parent: device.Device<device.Bound>, maxName: number): boolean {
  const loop = auxiliary.Registration.new(parent, 'loopback', 0, 'ethx');
  if (loop.name.length > maxName) {
    return false;
  }
  void loop.drop();
  return true;
}

export const ethDriver: pci.Driver<{ readonly loopbackOk: boolean }> = {
  name: 'ethx',
  idTable: [{ vendor: 0x14e4, device: 0x16d8 }],
  probe(pdev) {
    const loopbackOk = runLoopback(pdev.asRef(), 24); // expect: bindsafe/no-leaked-registration
    return { loopbackOk };
  },
};
