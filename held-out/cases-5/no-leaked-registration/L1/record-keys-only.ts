// Children are kept in a local Record keyed by function; the driver data only gets the list of keys. [class 4]
import { auxiliary, type devres, type pci } from '@bindsafe/kernel';

const FUNCTIONS = { gpio: 0, i2c: 1, spi: 2 } as const;
type FunctionName = keyof typeof FUNCTIONS;

interface Bridge {
  readonly regs: devres.Devres<pci.Bar>;
  readonly functions: readonly string[];
}

export const bridgeDriver: pci.Driver<Bridge> = {
  name: 'held5c-bridge',
  idTable: [{ vendor: 0x1cc4, device: 0x0103 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held5c-bridge');
    const children: Partial<Record<FunctionName, auxiliary.Registration>> = {};
    for (const name of Object.keys(FUNCTIONS) as FunctionName[]) {
      children[name] = auxiliary.Registration.new(pdev.asRef(), name, FUNCTIONS[name], 'held5c_bridge'); // expect: bindsafe/no-leaked-registration
    }
    return { regs, functions: Object.keys(children) };
  },
};
