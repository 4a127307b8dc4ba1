// A modem hands a stack that adopted its GNSS child to `devres.register`, so unbind drops the child.
import { auxiliary, devres, type pci } from '@bindsafe/kernel';

interface ModemData {
  readonly bands: readonly number[];
}

export const modemDriver: pci.Driver<ModemData> = {
  name: 'held9-modem',
  idTable: [{ vendor: 0x105b, device: 0xe0ab }],
  probe(pdev) {
    const stack = new DisposableStack();
    stack.adopt(auxiliary.Registration.new(pdev.asRef(), 'gnss', 0, 'held9_modem'), (child) => {
      void child.drop();
    });
    devres.register(pdev.asRef(), stack);
    return { bands: [1, 3, 7, 20] };
  },
};
