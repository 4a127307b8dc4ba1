// unbind destructures the tuning block out of the data, deletes its optional override and defaults its profile with `||=` through an alias. [class 6]
import type { devres, pci } from '@bindsafe/kernel';

interface Tuning {
  override?: number;
  profile: string;
}

interface Cpufreq {
  readonly regs: devres.Devres<pci.Bar>;
  readonly tuning: Tuning;
}

export const cpufreqDriver: pci.Driver<Cpufreq> = {
  name: 'held4-cpufreq',
  idTable: [{ vendor: 0x8086, device: 0x4c8a }],
  probe(pdev) {
    return { regs: pdev.iomapRegion(0, 'held4-cpufreq'), tuning: { override: 3200, profile: '' } };
  },
  unbind(pdev, data) {
    const { tuning } = data;
    data.regs.access(pdev.asRef()).write32(tuning.override ?? 0, 0x08);
    delete tuning.override; // expect: bindsafe/no-driver-data-mutation-in-unbind
    const current = tuning;
    current.profile ||= 'balanced'; // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
