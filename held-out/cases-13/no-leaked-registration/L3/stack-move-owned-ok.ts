// A helper fills a DisposableStack with children; probe hands the stack's move() to the data. [class 1, 4]
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

interface VpuData {
  readonly teardown: DisposableStack;
  readonly engines: number;
}

function stackEngines(parent: device.Device<device.Bound>, engines: number): DisposableStack {
  const stack = new DisposableStack();
  for (let e = 0; e < engines; e++) {
    stack.adopt(auxiliary.Registration.new(parent, 'engine', e, 'vpu'), (reg) => void reg.drop());
  }
  return stack;
}

export const vpuDriver: pci.Driver<VpuData> = {
  name: 'vpu',
  idTable: [{ vendor: 0x8086, device: 0x7d1d }],
  probe(pdev) {
    const stack = stackEngines(pdev.asRef(), 2);
    return { teardown: stack.move(), engines: 2 };
  },
};
