// A telemetry hub's children are made by an imported class's static factory; the instance is kept in the data.
import type { pci } from '@bindsafe/kernel';
import { ChildSet } from './child-set.js';

interface TelemetryData {
  readonly children: ChildSet;
}

export const telemetryDriver: pci.Driver<TelemetryData> = {
  name: 'held7-telemetry',
  idTable: [{ vendor: 0x8086, device: 0x467d }],
  probe(pdev) {
    const children = ChildSet.create(pdev.asRef(), 'held7_telemetry', ['pmt', 'crashlog']);
    pdev.asRef().info(`telemetry: ${children.names.join(',')}`);
    return { children };
  },
};
