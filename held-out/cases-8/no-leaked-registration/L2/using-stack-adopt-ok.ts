// A FPGA manager probes a bitstream child and has a `using` DisposableStack adopt it with a drop callback. [class 1]
import { auxiliary, type platform } from '@bindsafe/kernel';

interface FpgaData {
  readonly bitstreamOk: boolean;
}

export const fpgaDriver: platform.Driver<FpgaData> = {
  name: 'held8-fpga',
  idTable: [{ compatible: 'acme,fpga-mgr' }],
  probe(pdev) {
    using scope = new DisposableStack();
    const probeChild = scope.adopt(
      auxiliary.Registration.new(pdev.asRef(), 'bitstream-check', 0, 'held8_fpga'),
      (child) => void child.drop(),
    );
    return { bitstreamOk: probeChild.name === 'bitstream-check' };
  },
};
