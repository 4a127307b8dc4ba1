// A platform audio codec keeps its jack-detect child registration only in a module variable. [class 8]
import { auxiliary, type devres, type platform } from '@bindsafe/kernel';

let jackChild: auxiliary.Registration | undefined;

interface Codec {
  readonly mmio: devres.Devres<platform.IoMem>;
  readonly jack: string;
}

export const codecDriver: platform.Driver<Codec> = {
  name: 'held4-codec',
  idTable: [{ compatible: 'held4,codec-a' }, { compatible: 'held4,codec-b' }],
  probe(pdev) {
    const mmio = pdev.iomapResource(0);
    jackChild = auxiliary.Registration.new(pdev.asRef(), 'jack', 0, 'held4_codec'); // expect: bindsafe/no-leaked-registration
    return { mmio, jack: jackChild.name };
  },
};

/** For the sysfs attribute: which child handles jack detection. */
export function jackChildName(): string | undefined {
  return jackChild?.name;
}
