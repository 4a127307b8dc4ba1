// A display bridge spawns a debug child only in debug mode, discarding it with `void`.
import { auxiliary, type pci } from '@bindsafe/kernel';

enum Mode {
  Normal = 'normal',
  Debug = 'debug',
}

interface BridgeData {
  readonly mode: Mode;
}

export const bridgeDriver: pci.Driver<BridgeData, { mode: Mode }> = {
  name: 'held7-bridge',
  idTable: [{ vendor: 0x1234, device: 0x1111, info: { mode: Mode.Debug } }],
  probe(pdev, info) {
    const mode = info?.mode ?? Mode.Normal;
    if (mode === Mode.Debug) {
      void auxiliary.Registration.new(pdev.asRef(), 'bridge-debugfs', 0, 'held7_bridge'); // expect: bindsafe/no-leaked-registration
    }
    return { mode };
  },
};
