// A PCI GPU hub removes its display child by hand in unbind through a helper of another module that drops the registration. [class 1]
import type { auxiliary, devres, pci } from '@bindsafe/kernel';
import { addDisplay, removeDisplay } from './children/index.js';

interface HubData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly display: auxiliary.Registration;
}

export const gpuHubDriver: pci.Driver<HubData> = {
  name: 'gpu-hub',
  idTable: [{ vendor: 0x1002, device: 0x73bf }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'gpu-hub');
    return { bar, display: addDisplay(pdev.asRef(), 0) };
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write32(0, 0x6000);
    removeDisplay(data.display).catch(() => undefined); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
