/** Programmatic API of the `dpia-assistant` package. */
export * from './core/index';
