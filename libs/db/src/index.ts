export * from './entities';
export * from './migrations';
export * from './data-source';
export * from './seed/demo-seed';
export * from './phone-cipher';
export * from './sealed-box';
export * from './support-requests';
export * from './loggable-error';
