export { loopbackOk as selfTest } from './selftest.js';
