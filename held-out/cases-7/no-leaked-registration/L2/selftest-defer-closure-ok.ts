// A crypto accelerator probes a self-test child in a block whose `using` stack defers the drop in a closure; the real child is kept. [class 1]
import { auxiliary, type pci } from '@bindsafe/kernel';

interface AccelData {
  readonly queue: auxiliary.Registration;
  readonly selfTest: 'pass' | 'skip';
}

export const accelDriver: pci.Driver<AccelData, { selfTest: boolean }> = {
  name: 'held7-accel',
  idTable: [{ vendor: 0x8086, device: 0x4940, info: { selfTest: true } }],
  probe(pdev, info) {
    let result: AccelData['selfTest'] = 'skip';
    if (info?.selfTest) {
      using scratch = new DisposableStack();
      const probeChild = auxiliary.Registration.new(pdev.asRef(), 'accel-selftest', 0, 'held7_accel');
      scratch.defer(() => {
        void probeChild.drop();
      });
      result = probeChild.dropped ? 'skip' : 'pass';
    }
    const queue = auxiliary.Registration.new(pdev.asRef(), 'accel-queue', 0, 'held7_accel');
    return { queue, selfTest: result };
  },
};
