// The barrel: re-exports the tagged helper under another name.
export { traceBound as trace } from './bound.js';
