export * from './labelled-example';
export * from './metrics';
export * from './cssrs';
export * from './keyword-baseline';
