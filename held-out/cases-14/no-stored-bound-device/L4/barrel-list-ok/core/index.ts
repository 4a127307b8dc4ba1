// The input core's barrel.
export { list_add } from './list.js';
export { g_input_devs } from './state.js';
