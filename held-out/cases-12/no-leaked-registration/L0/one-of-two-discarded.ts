// A platform SoC glue driver creates two children (USB PHY and a thermal sensor) and keeps only the first.
import { auxiliary, type platform } from '@bindsafe/kernel';

enum Cell {
  UsbPhy = 0,
  Thermal = 1,
}

interface SocGlue {
  readonly phy: auxiliary.Registration;
}

export const socGlueDriver: platform.Driver<SocGlue> = {
  name: 'soc-glue',
  idTable: [{ compatible: 'acme,soc-glue' }],
  probe(pdev) {
    const phy = auxiliary.Registration.new(pdev.asRef(), 'usb-phy', Cell.UsbPhy, 'soc_glue');
    auxiliary.Registration.new(pdev.asRef(), 'thermal', Cell.Thermal, 'soc_glue'); // expect: bindsafe/no-leaked-registration
    return { phy };
  },
};
