export { record } from './ledger.js';
