// Barrel of the NIC's port modules.
export * from './table.js';
export * from './attach.js';
