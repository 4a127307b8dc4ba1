// An emitter listener added after the drop only reads the device name.
import { EventEmitter } from 'node:events';
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

export async function retireWithEvents(reg: drm.Registration<AuxDrm>, events: EventEmitter): Promise<void> {
  const dev = reg.device();
  await reg.drop();
  events.on('status', (reply: (s: string) => void) => reply(`${dev.name}: gone`));
}
