// A sensor hub probes a calibration child under a `using` DisposableStack that drops it on every exit. [class 1]
import { auxiliary, type pci } from '@bindsafe/kernel';

const CALIBRATION = { name: 'calib', id: 7 } as const;

interface HubData {
  readonly vendor: number;
  readonly calibratedAs: string;
}

export const sensorHubDriver: pci.Driver<HubData> = {
  name: 'sensor-hub',
  idTable: [{ vendor: 0x1022, device: 0x15e4 }],
  probe(pdev) {
    using scratch = new DisposableStack();
    const calib = auxiliary.Registration.new(pdev.asRef(), CALIBRATION.name, CALIBRATION.id, 'sensor_hub');
    scratch.defer(() => void calib.drop());
    return { vendor: pdev.vendorId, calibratedAs: calib.name };
  },
};
