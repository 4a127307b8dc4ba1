import rule from '../../src/rules/no-stored-bound-device.js';
import { createRuleTester, imports } from '../rule-tester.js';

const ruleTester = createRuleTester();

ruleTester.run('no-stored-bound-device', rule, {
  valid: [
    {
      code: imports + `
export const driver: pci.Driver<{ pdev: pci.Device<device.Bound> }> = {
  name: 'x',
  idTable: [{ vendor: 1, device: 2 }],
  probe(dev) {
    return { pdev: dev };
  },
};`,
    },
  ],
  invalid: [
    {
      code: imports + `
let saved: pci.Device<device.Core> | undefined;
export const driver: pci.Driver<{ pdev: pci.Device<device.Bound> }> = {
  name: 'x',
  idTable: [{ vendor: 1, device: 2 }],
  probe(dev) {
    saved = dev;
    return { pdev: dev };
  },
};`,
      errors: [{ messageId: 'stored', line: 8, column: 5 }],
    },
  ],
});
