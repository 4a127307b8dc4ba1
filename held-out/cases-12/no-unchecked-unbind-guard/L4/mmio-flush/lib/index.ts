// Barrel: everything under lib/.
export * from './guards.js';
