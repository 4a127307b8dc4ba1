// A platform clock controller describes its rates with a same-file helper that only reads the Map.
import type { device, platform } from '@bindsafe/kernel';

interface ClockData {
  readonly rates: Map<string, number>;
}

function summarize(rates: ReadonlyMap<string, number>, unit = 'MHz'): string {
  const parts: string[] = [];
  rates.forEach((hz, name) => parts.push(`${name}=${hz / 1e6}${unit}`));
  return parts.join(' ');
}

export const clockDriver: platform.Driver<ClockData> = {
  name: 'h11-clk',
  idTable: [{ compatible: 'acme,clk' }],

  probe(): ClockData {
    return { rates: new Map([['cpu', 1.2e9], ['bus', 4e8]]) };
  },

  unbind(pdev: platform.Device<device.Core>, data: Readonly<ClockData>): void {
    pdev.asRef().info(`clk: ${summarize(data.rates)}`);
  },
};
