// Barrel of the thermal driver's devm helpers, as a namespace re-export.
export * as devm from './devm.js';
