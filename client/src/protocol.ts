import { NotificationType } from 'vscode-languageclient/node';

/** Counts the server reports after each indexing pass, shown in the language status item. */
export interface StatusParams {
	/** Articles in the claim index. */
	articles: number;
	/** Diagnostics that compare two sources (codes `claim.*`). */
	contradictions: number;
	/** All findings, contradictions included. */
	findings: number;
	/** `true` while the server is still reading the workspace. */
	indexing: boolean;
	/** Files left out, for example because they exceed `corroborate.maxFileSize`. */
	skipped: number;
}

/** Sent by the server to the client whenever {@link StatusParams} change. */
export namespace StatusNotification { // eslint-disable-line @typescript-eslint/no-namespace -- LSP message convention, STYLE.md §3
	export const method = 'corroborate/status';
	export const type = new NotificationType<StatusParams>(method);
}
