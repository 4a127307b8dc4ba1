// A platform GPIO expander registers a self-test child, checks its name, and drops it before probe returns. [class 1]
import { auxiliary, errors, type platform } from '@bindsafe/kernel';

const SELFTEST = { key: 'gpio-selftest', id: 9, modname: 'gpio_expander' } as const;

interface ExpanderData {
  readonly compatible: string;
  readonly selfTestName: string;
}

export const expanderDriver: platform.Driver<ExpanderData> = {
  name: 'gpio-expander',
  idTable: [{ compatible: 'acme,gpio-expander' }],
  probe(pdev) {
    const probeChild = auxiliary.Registration.new(pdev.asRef(), SELFTEST.key, SELFTEST.id, SELFTEST.modname);
    const selfTestName = probeChild.name;
    if (!selfTestName.startsWith(SELFTEST.modname)) throw new errors.KernelError('ENODEV', 'self-test child misnamed');
    void probeChild.drop();
    return { compatible: pdev.compatible, selfTestName };
  },
};
