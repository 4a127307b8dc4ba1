// `void` on the constructor call: the child registration is made and forgotten. [class 4] [class 8]
import { auxiliary, type devres, type platform } from '@bindsafe/kernel';

export const driver: platform.Driver<{ readonly res: devres.Devres<platform.IoMem> }> = {
  name: 'held2-nlr-void',
  idTable: [{ compatible: 'held2,void' }],
  probe(pdev) {
    const res = pdev.iomapResource(0);
    void auxiliary.Registration.new(pdev.asRef(), 'held2-sensor', 1, 'held2_hub'); // expect: bindsafe/no-leaked-registration
    return { res };
  },
};
