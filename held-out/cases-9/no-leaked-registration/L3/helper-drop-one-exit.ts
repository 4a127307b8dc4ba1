// A self-test helper drops its probe child on the passing exit only; the early `return false` forgets it. [class 1]
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

function selfTest(dev: device.Device<device.Bound>, maxName: number): boolean {
  const probeChild = auxiliary.Registration.new(dev, 'selftest', 0, 'held9_fpga');
  if (probeChild.name.length > maxName) {
    return false;
  }
  void probeChild.drop();
  return true;
}

interface FpgaData {
  readonly healthy: boolean;
}

export const fpgaDriver: pci.Driver<FpgaData> = {
  name: 'held9-fpga',
  idTable: [{ vendor: 0x10ee, device: 0x7021 }],
  probe(pdev) {
    const healthy = selfTest(pdev.asRef(), 4); // expect: bindsafe/no-leaked-registration
    return { healthy };
  },
};
