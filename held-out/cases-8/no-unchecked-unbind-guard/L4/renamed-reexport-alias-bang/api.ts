// The driver's public API: re-exports helpers under their public names.
export { enterSection as openSection } from './impl/sections.js';
