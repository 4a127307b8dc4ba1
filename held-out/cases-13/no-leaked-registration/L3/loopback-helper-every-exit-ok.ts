// The loopback helper drops its child on both of its normal exits, via a switch. [class 1]
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

type Verdict = 'pass' | 'long-name';

function runLoopback(parent: device.Device<device.Bound>, maxName: number): boolean {
  const loop = auxiliary.Registration.new(parent, 'loopback', 0, 'ethx');
  const verdict: Verdict = loop.name.length > maxName ? 'long-name' : 'pass';
  switch (verdict) {
    case 'long-name':
      void loop.drop();
      return false;
    case 'pass':
      void loop.drop();
      return true;
  }
}

export const ethDriver: pci.Driver<{ readonly loopbackOk: boolean }> = {
  name: 'ethx',
  idTable: [{ vendor: 0x14e4, device: 0x16d8 }],
  probe(pdev) {
    const loopbackOk = runLoopback(pdev.asRef(), 24);
    return { loopbackOk };
  },
};
