import catalogue from './codes.json';

/** How serious a finding is; `off` in settings and the workspace file turns a code off. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** One diagnostic code: its id, default severity, one-line description and where the README documents it. */
export interface CodeInfo {
	readonly code: string;
	readonly severity: Severity;
	readonly summary: string;
	/** The id of the README anchor that documents the code. */
	readonly anchor: string;
}

/** Every diagnostic code, in the order the README lists them. */
export const CODES: readonly CodeInfo[] = Object.freeze((catalogue.codes as CodeInfo[]).map(c => Object.freeze({ ...c })));

const byCode = new Map(CODES.map(c => [c.code, c]));

/** The catalogue entry of a code; throws on a code the catalogue does not list, so none can be used undocumented. */
export function codeInfo(code: string): CodeInfo {
	const info = byCode.get(code);
	if (!info) { throw new Error(`diagnostic code ${code} is not in findings/codes.json`); }
	return info;
}

/** Diagnostic codes; stable, documented in the README (generated from findings/codes.json). */
export enum DiagnosticCode {
	numberMismatch = 'claim.number-mismatch',
	numberAttributed = 'claim.number-attributed',
	numberTension = 'claim.number-tension',
	dateConflict = 'claim.date-conflict',
	timeConflict = 'claim.time-conflict',
	countWindow = 'claim.count-window',
	reworded = 'claim.reworded',
	updated = 'claim.updated',
	internal = 'claim.internal',
	nameConflict = 'claim.name-conflict',
	spellingVariant = 'actor.spelling-variant',
	configMalformed = 'config.malformed',
	staleSuppression = 'config.stale-suppression',
	inputSkipped = 'input.skipped',
	inputTruncated = 'input.truncated',
}
