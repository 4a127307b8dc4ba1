// A watchdog block creates its timer child as a bare expression statement and forgets it.
import { auxiliary, type platform } from '@bindsafe/kernel';

const enum WdtFlags {
  None = 0,
  Pretimeout = 1 << 0,
}

interface WdtData {
  readonly flags: WdtFlags;
  readonly timeoutSecs: number;
}

export const wdtDriver: platform.Driver<WdtData> = {
  name: 'held8-wdt',
  idTable: [{ compatible: 'acme,wdt-v2' }],
  probe(pdev) {
    auxiliary.Registration.new(pdev.asRef(), 'wdt-timer', 0, 'held8_wdt'); // expect: bindsafe/no-leaked-registration
    return { flags: WdtFlags.Pretimeout, timeoutSecs: 30 };
  },
};
