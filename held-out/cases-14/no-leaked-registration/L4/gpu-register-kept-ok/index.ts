// Barrel: the registration helper under its public name.
export { registerGpu as register, type GpuRegistration } from './register.js';
