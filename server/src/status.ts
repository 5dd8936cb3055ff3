import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver';
import { StatusNotification, type StatusParams } from './protocol';
import type { WorkspaceIndex } from './workspaceIndex';

/** The diagnostics counts of a {@link StatusParams}. */
export type ProblemCounts = Pick<StatusParams, 'errors' | 'warnings' | 'information' | 'hints' | 'contradictions' | 'findings'>;

const NONE: ProblemCounts = { errors: 0, warnings: 0, information: 0, hints: 0, contradictions: 0, findings: 0 };

/** Counts diagnostics by severity, as the editor shows them (a diagnostic without a severity is an error, per LSP). */
export function countProblems(all: Iterable<readonly Diagnostic[]>): ProblemCounts {
	const counts = { ...NONE };
	for (const diagnostics of all) {
		for (const d of diagnostics) {
			const severity = d.severity ?? DiagnosticSeverity.Error;
			if (severity === DiagnosticSeverity.Error) { counts.errors++; } else if (severity === DiagnosticSeverity.Warning) { counts.warnings++; } else if (severity === DiagnosticSeverity.Information) { counts.information++; } else { counts.hints++; }
			if (severity <= DiagnosticSeverity.Warning && typeof d.code === 'string' && d.code.startsWith('claim.')) { counts.contradictions++; }
			counts.findings++;
		}
	}
	return counts;
}

/** Whether the workspace is being indexed, and the counts the client's status items show. */
export class StatusReporter {
	readonly #connection: Connection;
	readonly #index: WorkspaceIndex;
	#counts: ProblemCounts = NONE;
	#last = '';
	/** True while the workspace folders are being read. */
	indexing = false;

	constructor(connection: Connection, index: WorkspaceIndex) {
		this.#connection = connection;
		this.#index = index;
	}

	/** Takes the counts from the diagnostics of every file, as last computed for the client. */
	count(all: ReadonlyMap<string, readonly Diagnostic[]>): void {
		this.#counts = countProblems(all.values());
	}

	/** Sends `corroborate/status` when it changed. */
	send(): void {
		const status: StatusParams = { ...this.#counts, articles: this.#index.uris().length, notArticles: this.#index.others.size, indexing: this.indexing, skipped: this.#index.skipped.size };
		const key = JSON.stringify(status);
		// A pulling client asks for every diagnostic every few seconds: the same counts are not sent again.
		if (key === this.#last) { return; }
		this.#last = key;
		void this.#connection.sendNotification(StatusNotification.method, status);
	}
}
