import { NotificationType, RequestType, RequestType0, type Range, type TextDocumentPositionParams } from 'vscode-languageserver';

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

/** A passage in an article, as an LSP location. */
export interface PassageLocation {
	uri: string;
	range: Range;
}

/** One cell of the comparison table. */
export interface CompareCell extends PassageLocation {
	quote: string;
	value: string;
	attribution: string | null;
	verdict: 'agrees' | 'compatible' | 'tension' | 'contradicts' | null;
}

/** An event's facts against the articles, and the timeline of its dated statements. */
export interface CompareResult {
	event: number;
	label: string;
	articles: { uri: string; published: string | null }[];
	facts: { fact: string; label: string; cells: CompareCell[] }[];
	timeline: { date: string; cell: CompareCell }[];
}

/** Sent by the client ("Compare sources" command): the event of the claim at a position. */
export namespace CompareRequest { // eslint-disable-line @typescript-eslint/no-namespace -- LSP message convention (STYLE.md §3)
	export const method = 'corroborate/compare';
	export const type = new RequestType<TextDocumentPositionParams, CompareResult | null, void>(method);
}

/** Findings grouped by event and fact, for the client's tree view. */
export interface FindingsGroup {
	event: number;
	label: string;
	facts: { fact: string; label: string; findings: (PassageLocation & { severity: string; code: string; message: string })[] }[];
}

/** Sent by the client (findings tree view) to list every finding in the workspace. */
export namespace FindingsRequest { // eslint-disable-line @typescript-eslint/no-namespace -- LSP message convention (STYLE.md §3)
	export const method = 'corroborate/findings';
	export const type = new RequestType0<FindingsGroup[], void>(method);
}
