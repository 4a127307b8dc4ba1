// A platform battery gauge fills a report object created in unbind through a same-file helper that reads the data.
import type { platform } from '@bindsafe/kernel';

interface GaugeData {
  readonly cycles: number;
  readonly history: readonly number[];
}

interface Report {
  cycles: number;
  average: number;
}

function fillReport(report: Report, data: Readonly<GaugeData>): void {
  report.cycles = data.cycles;
  report.average = data.history.reduce((a, b) => a + b, 0) / Math.max(1, data.history.length);
}

export const gaugeDriver: platform.Driver<GaugeData> = {
  name: 'h9-gauge',
  idTable: [{ compatible: 'acme,fuel-gauge' }],
  probe() {
    return { cycles: 412, history: [98, 97, 95] };
  },
  unbind(pdev, data) {
    const report: Report = { cycles: 0, average: 0 };
    fillReport(report, data);
    pdev.asRef().info(`gauge: ${report.cycles} cycles, ${report.average.toFixed(1)}%`);
  },
};
