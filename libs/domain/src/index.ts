export * from './domain-error';
export * from './dates';
export * from './enps';
export * from './lifecycle';
export * from './tenure';
export * from './anonymity';
export * from './programme';
