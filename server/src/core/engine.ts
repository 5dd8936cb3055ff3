import { VOCABULARY_FINGERPRINT } from './vocabulary';

// Set by esbuild.mjs to a hash of the analysis core's sources and data files.
declare const __CORROBORATE_ENGINE__: string | undefined;

/**
 * The engine's build, derived from its sources when bundled (never typed by
 * hand), and `unbundled` when the core runs from the TypeScript output (tests).
 * With {@link VOCABULARY_FINGERPRINT} it keys the extraction cache, so an
 * upgrade or a changed word list never serves extractions made by another engine.
 */
export const ENGINE_VERSION: string = typeof __CORROBORATE_ENGINE__ === 'string' ? __CORROBORATE_ENGINE__ : 'unbundled';

export { VOCABULARY_FINGERPRINT };
