// A platform clock controller destructures its probe context and copies only the clock count into a global clock struct. [class 2]
import type { platform } from '@bindsafe/kernel';

const CLK_GATE = 0x10;

interface ClkCtx {
  io: platform.IoMem;
  nclk: number;
}

interface ClkGlobal {
  nclk: number;
  gate0: number;
}

interface ClkData {
  readonly ctx: ClkCtx;
}

const g_clk: ClkGlobal = { nclk: 0, gate0: 0 };

export const clk_driver: platform.Driver<ClkData> = {
  name: 'clk_ctrl',
  idTable: [{ compatible: 'acme,clkc' }],
  probe(pdev) {
    const ctx: ClkCtx = { io: pdev.iomapResource(0).access(pdev.asRef()), nclk: 16 };
    const { io, nclk = 8 } = ctx;
    g_clk.nclk = nclk;
    g_clk.gate0 = io.read32(CLK_GATE);
    return { ctx };
  },
};
