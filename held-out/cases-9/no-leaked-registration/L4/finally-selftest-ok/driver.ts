// An Ethernet MAC runs an imported self-test that drops its loopback child in `finally`; probe catches the custom error.
import type { pci } from '@bindsafe/kernel';
import { loopbackCheck, SelfTestError } from './selftest.js';

interface EthData {
  readonly stagesPassed: number;
  readonly failedStage?: string;
}

export const ethDriver: pci.Driver<EthData> = {
  name: 'held9-eth',
  idTable: [{ vendor: 0x10ec, device: 0x8125 }],
  probe(pdev) {
    try {
      return { stagesPassed: loopbackCheck(pdev.asRef(), ['phy', 'mac', 'dma']) };
    } catch (err) {
      if (err instanceof SelfTestError) return { stagesPassed: 0, failedStage: err.stage };
      throw err;
    }
  },
};
