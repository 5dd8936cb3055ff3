import type { Span } from '../types';
import type { Fact } from '../claims/extractClaims';
import type { Severity } from './codes';

/** A problem to show on a passage, with the passages it conflicts with. */
export interface Finding {
	readonly uri: string;
	readonly span: Span;
	readonly severity: Severity;
	readonly code: string;
	readonly message: string;
	readonly related: readonly { readonly uri: string; readonly span: Span; readonly message: string }[];
	/** The corpus event and fact the finding is about (claims only). */
	readonly event?: number;
	readonly fact?: Fact;
}
