export { ClkGate, clk_lookup } from './gate.js';
