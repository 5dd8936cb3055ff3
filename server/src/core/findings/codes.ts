/** Diagnostic codes; stable, documented in the README. */
export enum DiagnosticCode {
	numberMismatch = 'claim.number-mismatch',
	numberAttributed = 'claim.number-attributed',
	numberTension = 'claim.number-tension',
	dateConflict = 'claim.date-conflict',
	timeConflict = 'claim.time-conflict',
	countWindow = 'claim.count-window',
	reworded = 'claim.reworded',
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';
