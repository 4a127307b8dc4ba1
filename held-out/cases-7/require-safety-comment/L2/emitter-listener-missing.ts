// A platform dock driver calls unsafeAsBound() on its handle inside a listener on its own emitter, with no SAFETY comment anywhere.
import { EventEmitter } from 'node:events';
import type { device, platform } from '@bindsafe/kernel';

interface DockData {
  readonly events: EventEmitter;
  readonly handle: device.Device;
}

export const driver: platform.Driver<DockData> = {
  name: 'held-dock-listener',
  idTable: [{ compatible: 'vendor,dock' }],
  probe(pdev) {
    const handle = pdev.asRef().toNormal();
    const events = new EventEmitter();
    events.on('undock', (slot: number) => {
      handle.unsafeAsBound().info(`undocked from slot ${slot}`); // expect: bindsafe/require-safety-comment
    });
    return { events, handle };
  },
};
