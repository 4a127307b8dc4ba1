// Calibration read from the Bar is copied out with a JSON round trip and structuredClone: module state holds plain numbers only. [class 2]
import type { devres, pci } from '@bindsafe/kernel';

interface Calibration {
  readonly gain: number;
  readonly offset: number;
  readonly taps: number[];
}

let lastCalibration: Calibration | undefined;
const perDevice = new Map<string, Calibration>();

export const adcDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly gain: number }> = {
  name: 'held-adc',
  idTable: [{ vendor: 0x1d0f, device: 0x8061 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-adc');
    const bar = regs.access(pdev.asRef());
    const raw: Calibration = {
      gain: bar.read32(0x20),
      offset: bar.read32(0x24),
      taps: [bar.read16(0x30), bar.read16(0x32)],
    };
    lastCalibration = JSON.parse(JSON.stringify(raw)) as Calibration;
    perDevice.set(pdev.name, structuredClone(raw));
    return { regs, gain: raw.gain };
  },
};

export function calibrationOf(name: string): Calibration | undefined {
  return perDevice.get(name) ?? lastCalibration;
}
