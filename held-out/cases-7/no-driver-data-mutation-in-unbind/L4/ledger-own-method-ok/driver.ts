// A mailbox-backed SCMI agent's unbind reads its ledger through an imported helper and closes it with its own method. [class 4]
import type { auxiliary } from '@bindsafe/kernel';
import { Ledger, describe } from './lib/index.js';

interface ScmiData {
  readonly ledger: Ledger;
}

export const scmiDriver: auxiliary.Driver<ScmiData> = {
  name: 'held7-scmi',
  idTable: [{ modname: 'held7_mbox', name: 'scmi' }],
  probe() {
    const ledger = Ledger.empty();
    ledger.add(1);
    return { ledger };
  },
  unbind(adev, data) {
    adev.asRef().info(`scmi: ${describe(data.ledger)}`);
    const cancelled = data.ledger.close();
    adev.asRef().info(`scmi: ${cancelled} cancelled`);
  },
};
