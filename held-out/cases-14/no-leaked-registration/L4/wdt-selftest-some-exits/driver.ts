// A watchdog runs a self-test helper from another module that drops its child on only one of its exits. [class 1]
import type { platform } from '@bindsafe/kernel';
import { verifyPretimeout } from './selftest.js';

interface WdtInfo {
  readonly timeout: number;
}

interface WdtData {
  readonly timeout: number;
  readonly pretimeout: boolean;
}

export const wdtDriver: platform.Driver<WdtData, WdtInfo> = {
  name: 'wdt',
  idTable: [
    { compatible: 'acme,wdt', info: { timeout: 3 } },
    { compatible: 'acme,wdt-long', info: { timeout: 60 } },
  ],
  probe(pdev, info) {
    const timeout = info?.timeout ?? 30;
    return { timeout, pretimeout: verifyPretimeout(pdev.asRef(), timeout) }; // expect: bindsafe/no-leaked-registration
  },
};
