import { NotificationType } from 'vscode-languageserver';

/** Counts shown in the client's language status item. */
export interface StatusParams {
	articles: number;
	contradictions: number;
	findings: number;
	indexing: boolean;
	skipped: number;
}

/** Sent by the server to the client whenever the counts change (after indexing and after each diagnostics pass). */
export namespace StatusNotification { // eslint-disable-line @typescript-eslint/no-namespace -- LSP message convention (STYLE.md §3)
	export const method = 'corroborate/status';
	export const type = new NotificationType<StatusParams>(method);
}
