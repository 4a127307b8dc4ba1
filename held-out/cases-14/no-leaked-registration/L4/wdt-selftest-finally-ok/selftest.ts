// The watchdog's pretimeout self-test: the test child is dropped in `finally`, on every exit.
import { auxiliary, type device } from '@bindsafe/kernel';

export const PRETIMEOUT = { name: 'pretimeout', id: 0, minTimeout: 5 } as const;

export function verifyPretimeout(parent: device.Device<device.Bound>, timeout: number): boolean {
  const child = auxiliary.Registration.new(parent, PRETIMEOUT.name, PRETIMEOUT.id, 'wdt');
  try {
    switch (true) {
      case timeout >= PRETIMEOUT.minTimeout:
        return true;
      default:
        return false;
    }
  } finally {
    void child.drop();
  }
}
