import type { Connection } from 'vscode-languageserver';
import type { CorpusStatus, ICorroborateService } from './core';
import { StatusNotification, type StatusParams } from './protocol';
import type { WorkspaceIndex } from './workspaceIndex';

/** Whether the workspace is being indexed, and the counts the client's status item shows. */
export class StatusReporter {
	readonly #connection: Connection;
	readonly #service: ICorroborateService;
	readonly #index: WorkspaceIndex;
	#counts: Omit<CorpusStatus, 'articles'> = { contradictions: 0, findings: 0 };
	#indexing = false;

	constructor(connection: Connection, service: ICorroborateService, index: WorkspaceIndex) {
		this.#connection = connection;
		this.#service = service;
		this.#index = index;
	}

	/** True while the workspace folders are being read. */
	get indexing(): boolean {
		return this.#indexing;
	}

	set indexing(value: boolean) {
		this.#indexing = value;
	}

	/** Sends `corroborate/status`. */
	send(): void {
		// While indexing, only the article count moves: comparing the whole corpus after every batch would cost more than indexing it.
		if (!this.#indexing) { this.#counts = this.#service.getStatus(); }
		const status: StatusParams = { ...this.#counts, articles: this.#index.uris().length, notArticles: this.#index.others.size, indexing: this.#indexing, skipped: this.#index.skipped.size };
		void this.#connection.sendNotification(StatusNotification.method, status);
	}
}
