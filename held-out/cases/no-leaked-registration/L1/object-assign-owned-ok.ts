// Data assembled with Object.assign and nested objects. [class 4]
import { auxiliary, type devres, type pci } from '@bindsafe/kernel';

interface Data {
  readonly regs: devres.Devres<pci.Bar>;
  readonly children: { readonly display: auxiliary.Registration; readonly extra: { readonly audio: auxiliary.Registration } };
}

export const driver: pci.Driver<Data> = {
  name: 'held-nlr-assign',
  idTable: [{ vendor: 0x10de, device: 0x3016 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-nlr-assign');
    const dev = pdev.asRef();
    const display = auxiliary.Registration.new(dev, 'display', 0, 'held_core');
    const audio = auxiliary.Registration.new(dev, 'audio', 0, 'held_core');
    return Object.assign({ regs }, { children: { display, extra: { audio } } });
  },
};
