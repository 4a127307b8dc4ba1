export { validate, ProbeError } from './validate.js';
