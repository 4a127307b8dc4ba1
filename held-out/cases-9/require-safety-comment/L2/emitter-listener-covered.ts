// A platform power-domain driver listens on its own EventEmitter; the SAFETY comment inside the listener covers its unsafe call. [class 7]
import { EventEmitter } from 'node:events';
import type { device, platform } from '@bindsafe/kernel';

class DomainData {
  readonly events = new EventEmitter();

  constructor(readonly handle: device.Device) {
    this.events.on('off', (reason: string) => {
      // SAFETY: 'off' is emitted only from unbind, while the device is still bound.
      const dev = this.handle.unsafeAsBound();
      dev.info(`domain off: ${reason}`);
    });
  }
}

export const domainDriver: platform.Driver<DomainData> = {
  name: 'h9-pd',
  idTable: [{ compatible: 'acme,power-domain' }],
  probe(pdev) {
    return new DomainData(pdev.asRef().toNormal());
  },
  unbind(_pdev, data) {
    data.events.emit('off', 'unbind');
  },
};
