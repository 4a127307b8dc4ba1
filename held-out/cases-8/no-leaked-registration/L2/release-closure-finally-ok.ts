// A scanner engine drops its probe child through a release closure called in `finally`. [class 1]
import { auxiliary, type platform } from '@bindsafe/kernel';

interface ScanData {
  readonly dpi: number;
}

export const scanDriver: platform.Driver<ScanData> = {
  name: 'held8-scan',
  idTable: [{ compatible: 'acme,scanner' }],
  probe(pdev) {
    const probeChild = auxiliary.Registration.new(pdev.asRef(), 'scan-probe', 0, 'held8_scan');
    const release = (): void => {
      void probeChild.drop();
    };
    try {
      const dpi = probeChild.name.length > 4 ? 600 : 300;
      return { dpi };
    } finally {
      release();
    }
  },
};
