// An auxiliary crypto child maps its request queues to sorted copies inside a callback in unbind and reports them; the data's arrays are untouched. [class 7]
import type { auxiliary } from '@bindsafe/kernel';

class RequestQueues {
  readonly queues: ReadonlyArray<string[]> = [['b', 'a'], [], []];
}

export const cryptoChild: auxiliary.Driver<RequestQueues> = {
  name: 'acc-crypto-child-ok',
  idTable: [{ modname: 'acc_crypto', name: 'queues-ok' }],
  probe: () => new RequestQueues(),
  unbind(adev, data) {
    const sorted = data.queues.map((queue) => [...queue].sort());
    sorted.forEach((copy) => copy.splice(0, 1));
    adev.asRef().info(`acc-crypto-child-ok: ${sorted.map((q) => q.length).join('/')}`);
  },
};
