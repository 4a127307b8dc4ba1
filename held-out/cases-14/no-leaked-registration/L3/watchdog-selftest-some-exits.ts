// A watchdog probes a pretimeout child through a helper that drops it only when the self-test passes. [class 1]
import { auxiliary, type device, type platform } from '@bindsafe/kernel';

const PRETIMEOUT = { name: 'pretimeout', id: 0, minTimeout: 5 } as const;

function verifyPretimeout(parent: device.Device<device.Bound>, timeout: number): boolean {
  const child = auxiliary.Registration.new(parent, PRETIMEOUT.name, PRETIMEOUT.id, 'wdt');
  if (timeout >= PRETIMEOUT.minTimeout) {
    void child.drop();
    return true;
  }
  return false;
}

interface WdtData {
  readonly timeout: number;
  readonly pretimeout: boolean;
}

export const wdtDriver: platform.Driver<WdtData, { timeout: number }> = {
  name: 'wdt',
  idTable: [{ compatible: 'acme,wdt', info: { timeout: 3 } }],
  probe(pdev, info) {
    const { timeout = 30 } = info ?? {};
    const pretimeout = verifyPretimeout(pdev.asRef(), timeout); // expect: bindsafe/no-leaked-registration
    return { timeout, pretimeout };
  },
};
