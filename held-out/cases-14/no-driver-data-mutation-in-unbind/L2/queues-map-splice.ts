// An auxiliary crypto child drains every request queue its data holds with splice inside a map callback, to count what was dropped. [class 7]
import type { auxiliary } from '@bindsafe/kernel';

class RequestQueues {
  readonly queues: ReadonlyArray<string[]> = [[], [], []];
  get depth(): number {
    return this.queues.reduce((n, q) => n + q.length, 0);
  }
}

export const cryptoChild: auxiliary.Driver<RequestQueues> = {
  name: 'acc-crypto-child',
  idTable: [{ modname: 'acc_crypto', name: 'queues' }],
  probe: () => new RequestQueues(),
  unbind(adev, data) {
    const dropped = data.queues.map((queue) => queue.splice(0).length); // expect: bindsafe/no-driver-data-mutation-in-unbind
    adev.asRef().info(`acc-crypto-child: dropped ${dropped.join('/')} of ${data.depth}`);
  },
};
