// A thermal controller `concat`s an extra child onto its base list and keeps the combined array.
import { auxiliary, type pci } from '@bindsafe/kernel';

interface ThermalInfo {
  readonly extraZone: boolean;
}

interface ThermalData {
  readonly zones: readonly auxiliary.Registration[];
}

export const thermalDriver: pci.Driver<ThermalData, ThermalInfo> = {
  name: 'held9-thermal',
  idTable: [{ vendor: 0x8086, device: 0x461d, info: { extraZone: true } }],
  probe(pdev, info) {
    const base = [auxiliary.Registration.new(pdev.asRef(), 'cpu-zone', 0, 'held9_thermal')];
    const zones = info?.extraZone
      ? base.concat(auxiliary.Registration.new(pdev.asRef(), 'skin-zone', 0, 'held9_thermal'))
      : base;
    return { zones };
  },
};
