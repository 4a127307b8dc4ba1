export { ClkGate, clk_known } from './gate.js';
