// Helper module: starts a status poller with setInterval over the given IoMem.
import type { platform } from '@bindsafe/kernel';

export interface PollOptions {
  readonly periodMs?: number;
  readonly offset?: number;
}

export function startPoller(io: platform.IoMem, { periodMs = 500, offset = 0x10 }: PollOptions = {}): NodeJS.Timeout {
  return setInterval(() => {
    if ((io.read32(offset) & 0x80) !== 0) console.log('battery low');
  }, periodMs);
}
