export { clearCounters, type ErrorCounters } from './counters.js';
