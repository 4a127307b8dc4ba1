// A platform SoC glue driver hands its thermal child to a Devres (foreign-owned, dropped at unbind) and keeps the USB PHY in its data. [class 4]
import { auxiliary, devres, type platform } from '@bindsafe/kernel';

enum Cell {
  UsbPhy = 0,
  Thermal = 1,
}

interface SocGlue {
  readonly phy: auxiliary.Registration;
  readonly thermal: devres.Devres<auxiliary.Registration>;
}

export const socGlueDriver: platform.Driver<SocGlue> = {
  name: 'soc-glue',
  idTable: [{ compatible: 'acme,soc-glue' }],
  probe(pdev) {
    const phy = auxiliary.Registration.new(pdev.asRef(), 'usb-phy', Cell.UsbPhy, 'soc_glue');
    const thermal = new devres.Devres(pdev.asRef(), auxiliary.Registration.new(pdev.asRef(), 'thermal', Cell.Thermal, 'soc_glue'));
    return { phy, thermal };
  },
};
