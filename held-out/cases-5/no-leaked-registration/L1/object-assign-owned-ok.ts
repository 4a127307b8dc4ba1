// probe builds the base data first and fills the children in with Object.assign on the object it returns. [class 4]
import { auxiliary, type devres, type pci } from '@bindsafe/kernel';

interface BaseData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly lanes: number;
}

interface Switchtec extends BaseData {
  readonly ntb: auxiliary.Registration;
  readonly dma: auxiliary.Registration;
}

export const switchtecDriver: pci.Driver<Switchtec> = {
  name: 'held5c-switchtec',
  idTable: [{ vendor: 0x11f8, device: 0x8531 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const base: BaseData = { regs: pdev.iomapRegion(0, 'held5c-switchtec'), lanes: 16 };
    const parent = pdev.asRef();
    return Object.assign(base, {
      ntb: auxiliary.Registration.new(parent, 'ntb', 0, 'held5c_switchtec'),
      dma: auxiliary.Registration.new(parent, 'dma', 0, 'held5c_switchtec'),
    });
  },
};
