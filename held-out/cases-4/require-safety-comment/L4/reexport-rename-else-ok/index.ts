// Barrel of the PHY helpers: the raw write re-exported under a shorter name.
export { phyWriteRaw as phyWrite } from './raw.js';
