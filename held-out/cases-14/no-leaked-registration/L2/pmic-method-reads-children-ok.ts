// A PMIC returns its regulator children together with methods of the data that read them (and nothing of probe's device). [class 7]
import { auxiliary, type platform } from '@bindsafe/kernel';

const RAILS = [
  { name: 'vdd-core', id: 0 },
  { name: 'vdd-io', id: 1 },
] as const;

interface PmicData {
  readonly rails: readonly auxiliary.Registration[];
  describe(): string;
  find(name: string): auxiliary.Registration | undefined;
}

export const pmicDriver: platform.Driver<PmicData> = {
  name: 'pmic-rails',
  idTable: [{ compatible: 'acme,pmic-rails' }],
  probe(pdev) {
    const model = pdev.compatible;
    const rails = RAILS.map(({ name, id }) => auxiliary.Registration.new(pdev.asRef(), name, id, 'pmic_rails'));
    return {
      rails,
      describe() {
        return `${model}: ${rails.map((r) => r.name).join(', ')}`;
      },
      find: (name) => rails.find((r) => r.name.endsWith(`.${name}.0`) || r.name.includes(name)),
    };
  },
};
