// A telemetry NIC makes a telemetry child and keeps it in a local it never hands to the driver data.
import { auxiliary, type pci } from '@bindsafe/kernel';

interface TelemetryData {
  readonly sampleRate: number;
}

export const telemetryDriver: pci.Driver<TelemetryData> = {
  name: 'held8-telemetry',
  idTable: [{ vendor: 0x1af4, device: 0x2041 }],
  probe(pdev) {
    const sampleRate = 1000;
    const telemetryChild = auxiliary.Registration.new(pdev.asRef(), 'telemetry', 0, 'held8_telemetry'); // expect: bindsafe/no-leaked-registration
    return { sampleRate };
  },
};
