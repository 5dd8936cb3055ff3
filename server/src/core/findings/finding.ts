import type { Span } from '../types';
import { codeInfo, type Severity } from './codes';

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
	readonly fact?: string;
}

/** A passage a finding points at, with what it says there. */
export type Related = Finding['related'][number];

/** Makes a finding with the code's default severity from the catalogue (or the one given, for a documented exception). */
export function finding(code: string, uri: string, span: Span, message: string, related: readonly Related[] = [], extra: { severity?: Severity; event?: number; fact?: string } = {}): Finding {
	const { severity, ...about } = extra;
	return { uri, span, severity: severity ?? codeInfo(code).severity, code, message, related, ...about };
}
