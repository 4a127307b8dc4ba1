// A health monitor polls its child's name from a `setInterval` closure; the driver data keeps only the period.
import { auxiliary, type pci } from '@bindsafe/kernel';

interface HealthData {
  readonly periodMs: number;
}

export const healthDriver: pci.Driver<HealthData> = {
  name: 'held9-health',
  idTable: [{ vendor: 0x15b3, device: 0x101d }],
  probe(pdev) {
    const periodMs = 5_000;
    const sensor = auxiliary.Registration.new(pdev.asRef(), 'sensor', 0, 'held9_health'); // expect: bindsafe/no-leaked-registration
    setInterval(() => {
      console.debug(`poll ${sensor.name}`);
    }, periodMs).unref();
    return { periodMs };
  },
};
