// A platform clock controller destructures its probe context and copies the register window into a global clock struct. [class 6]
import type { platform } from '@bindsafe/kernel';

const CLK_GATE = 0x10;

interface ClkCtx {
  io: platform.IoMem;
  nclk: number;
}

interface ClkGlobal {
  io: platform.IoMem | undefined;
  nclk: number;
}

interface ClkData {
  readonly ctx: ClkCtx;
}

const g_clk: ClkGlobal = { io: undefined, nclk: 0 };

export function clk_gate(idx: number, on: boolean): number {
  if (g_clk.io === undefined || idx >= g_clk.nclk) return -22;
  const v = g_clk.io.read32(CLK_GATE);
  g_clk.io.write32(on ? v | (1 << idx) : v & ~(1 << idx), CLK_GATE);
  return 0;
}

export const clk_driver: platform.Driver<ClkData> = {
  name: 'clk_ctrl',
  idTable: [{ compatible: 'acme,clkc' }],
  probe(pdev) {
    const ctx: ClkCtx = { io: pdev.iomapResource(0).access(pdev.asRef()), nclk: 16 };
    const { io, nclk = 8 } = ctx;
    g_clk.nclk = nclk;
    g_clk.io = io; // expect: bindsafe/no-stored-bound-device
    return { ctx };
  },
};
