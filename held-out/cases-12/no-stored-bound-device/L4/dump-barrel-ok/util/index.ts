export { formatDump } from './regdump.js';
