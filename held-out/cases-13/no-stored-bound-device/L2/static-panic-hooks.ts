// A platform pstore/ramoops driver registers a panic hook closure that dumps into its IoMem, in a static list of hooks on a notifier class. [class 7]
import type { devres, platform } from '@bindsafe/kernel';

type PanicHook = (reason: string) => void;

export class PanicNotifier {
  static readonly hooks: PanicHook[] = [];
  static fire(reason: string): void {
    for (const hook of PanicNotifier.hooks) hook(reason);
  }
}

class RamoopsData {
  constructor(readonly io: devres.Devres<platform.IoMem>, readonly recordSize: number) {}
}

export const ramoopsDriver: platform.Driver<RamoopsData> = {
  name: 'ramoops',
  idTable: [{ compatible: 'ramoops' }],
  probe(pdev) {
    const res = pdev.iomapResource(0);
    const io = res.access(pdev.asRef());
    const dump: PanicHook = (reason) => io.write32(reason.length, 0x00);
    PanicNotifier.hooks.push(dump); // expect: bindsafe/no-stored-bound-device
    return new RamoopsData(res, io.size / 4);
  },
};
