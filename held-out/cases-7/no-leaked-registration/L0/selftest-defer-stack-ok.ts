// A codec makes a self-test child and has a `using` DisposableStack defer its drop before probe returns. [class 1]
import { auxiliary, type platform } from '@bindsafe/kernel';

interface CodecData {
  readonly selfTestPassed: boolean;
}

export const codecDriver: platform.Driver<CodecData> = {
  name: 'held7-codec',
  idTable: [{ compatible: 'vendor,codec' }],
  probe(pdev) {
    using cleanup = new DisposableStack();
    const probeChild = auxiliary.Registration.new(pdev.asRef(), 'codec-selftest', 0, 'held7_codec');
    cleanup.defer(() => void probeChild.drop());
    return { selfTestPassed: probeChild.name.length > 0 };
  },
};
