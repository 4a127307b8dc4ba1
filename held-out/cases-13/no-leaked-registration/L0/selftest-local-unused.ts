// A telemetry child is made into a local that nothing reads or drops. [class 4]
import { auxiliary, type pci } from '@bindsafe/kernel';

enum SensorMode {
  Passive = 'passive',
  Active = 'active',
}

export class ThermalData {
  constructor(readonly mode: SensorMode, readonly zones: readonly string[]) {}
}

export const thermalDriver: pci.Driver<ThermalData, SensorMode> = {
  name: 'thermal-hub',
  idTable: [{ vendor: 0x1022, device: 0x1450, info: SensorMode.Active }],
  probe(pdev, info) {
    const mode = info ?? SensorMode.Passive;
    const telemetry = auxiliary.Registration.new(pdev.asRef(), 'telemetry', pdev.revision, 'thermal'); // expect: bindsafe/no-leaked-registration
    return new ThermalData(mode, ['cpu', 'soc']);
  },
};
