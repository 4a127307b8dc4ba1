// The watchdog's pretimeout self-test: drops the test child only when the timeout is long enough.
import { auxiliary, type device } from '@bindsafe/kernel';

export const PRETIMEOUT = { name: 'pretimeout', id: 0, minTimeout: 5 } as const;

export function verifyPretimeout(parent: device.Device<device.Bound>, timeout: number): boolean {
  const child = auxiliary.Registration.new(parent, PRETIMEOUT.name, PRETIMEOUT.id, 'wdt');
  switch (true) {
    case timeout >= PRETIMEOUT.minTimeout:
      void child.drop();
      return true;
    default:
      return false;
  }
}
