export * from './test-database';
export * from './starting-up-postgres';
