// A PCI timer card keeps copies (its revision and a Devres<number> calibration value) in module variables.
import { devres, type pci } from '@bindsafe/kernel';

let lastRevision = -1;
let lastCalibration = 0;

export function reportRevision(): string {
  return `rev ${lastRevision}, cal ${lastCalibration}`;
}

export const driver: pci.Driver<{ readonly bar: pci.Bar; readonly calibration: devres.Devres<number> }> = {
  name: 'held8-timer-copies',
  idTable: [{ vendor: 0x8086, device: 0x1c3a }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'timer').access(pdev.asRef());
    const calibration = new devres.Devres(pdev.asRef(), bar.read32(0x04));
    lastRevision = pdev.revision;
    lastCalibration = calibration.access(pdev.asRef());
    return { bar, calibration };
  },
};
