// Small async helpers the cases share: a pause that yields to the event loop and a shared
// long-lived event bus (a module-level emitter outlives every binding).
import { EventEmitter } from 'node:events';

export function pause(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export const hotplugEvents = new EventEmitter();
