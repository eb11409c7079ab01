export * from './domain-error';
export * from './dates';
export * from './enps';
export * from './lifecycle';
export * from './tenure';
export * from './anonymity';
export * from './programme';
export * from './questions';
export * from './periods';
export * from './scale-mean';
export * from './student-t';
export * from './correlation';
export * from './providers';
// Sentiment is imported from '@ex-pulse/domain/sentiment' (API only): its word list stays out of the web bundle.
export * from './customer-metrics';
export * from './line-suppression';
export * from './exact-audit';
