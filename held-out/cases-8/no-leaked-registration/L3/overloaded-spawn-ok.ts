// An overloaded helper makes one child or a list of them; probe keeps both results in the data.
import { auxiliary, type device, type platform } from '@bindsafe/kernel';

function spawn(parent: device.Device<device.Bound>, name: string): auxiliary.Registration;
function spawn(parent: device.Device<device.Bound>, names: readonly string[]): auxiliary.Registration[];
function spawn(
  parent: device.Device<device.Bound>,
  what: string | readonly string[],
): auxiliary.Registration | auxiliary.Registration[] {
  if (typeof what === 'string') {
    return auxiliary.Registration.new(parent, what, 0, 'held8_soc');
  }
  return what.map((name, i) => auxiliary.Registration.new(parent, name, i + 1, 'held8_soc'));
}

interface SocData {
  readonly pmu: auxiliary.Registration;
  readonly clusters: readonly auxiliary.Registration[];
}

export const socDriver: platform.Driver<SocData> = {
  name: 'held8-soc',
  idTable: [{ compatible: 'acme,soc-ctrl' }],
  probe(pdev) {
    const pmu = spawn(pdev.asRef(), 'pmu');
    const clusters = spawn(pdev.asRef(), ['cluster0', 'cluster1']);
    return { pmu, clusters };
  },
};
