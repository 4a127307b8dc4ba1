// A fan controller makes a tach child, then in a `switch` either keeps it or drops it in every other arm.
import { auxiliary, type pci } from '@bindsafe/kernel';

type FanMode = 'pwm' | 'dc' | 'off';

interface FanInfo {
  readonly mode: FanMode;
}

interface FanData {
  readonly tach?: auxiliary.Registration;
  readonly mode: FanMode;
}

export const fanDriver: pci.Driver<FanData, FanInfo> = {
  name: 'held9-fan',
  idTable: [{ vendor: 0x1b21, device: 0x2142, info: { mode: 'pwm' } }],
  probe(pdev, info) {
    const tach = auxiliary.Registration.new(pdev.asRef(), 'tach', 0, 'held9_fan');
    const mode = info?.mode ?? 'off';
    switch (mode) {
      case 'pwm':
        return { tach, mode };
      case 'dc':
        void tach.drop();
        return { mode };
      default:
        void tach.drop();
        return { mode: 'off' };
    }
  },
};
