// The child's drop is deferred on a stack handed to devres, like Rust's new_foreign_owned. [class 1]
import { auxiliary, devres, type pci } from '@bindsafe/kernel';

export const i2cDriver: pci.Driver<{ readonly busses: number }> = {
  name: 'smbus-ctl',
  idTable: [{ vendor: 0x8086, device: 0xa323 }],
  probe(pdev) {
    const teardown = new DisposableStack();
    const mux = auxiliary.Registration.new(pdev.asRef(), 'mux', 0, 'i2c');
    teardown.defer(() => void mux.drop());
    devres.register(pdev.asRef(), teardown);
    return { busses: 4 };
  },
};
