// A platform watchdog remembers its child only in a module variable "for debugging". [class 4]
import { auxiliary, type platform } from '@bindsafe/kernel';

let lastChild: auxiliary.Registration | undefined;

export function lastChildName(): string | undefined {
  return lastChild?.name;
}

export const wdtDriver: platform.Driver<{ readonly timeoutMs: number }> = {
  name: 'soc-wdt',
  idTable: [{ compatible: 'vendor,soc-wdt' }],
  probe(pdev) {
    lastChild = auxiliary.Registration.new(pdev.asRef(), 'pretimeout', 0, 'wdt'); // expect: bindsafe/no-leaked-registration
    return { timeoutMs: 30_000 };
  },
};
