import type { Connection, InitializeParams } from 'vscode-languageserver';
import { createCorroborateService, type ICorroborateService } from './core';
import { clientSupport, initOptions, workspaceFoldersOf, type ClientSupport } from './capabilities';
import { DiagnosticsScheduler } from './diagnosticsScheduler';
import { Documents } from './documentSync';
import { WorkspaceFolders } from './folders';
import { FileStateLog } from './fileLog';
import { Indexer } from './indexing';
import { Recognition } from './recognition';
import { SettingsCache } from './settings';
import { StatusReporter } from './status';
import { WorkspaceIndex } from './workspaceIndex';

/** The server's state for one client, built from its `initialize` request. */
export interface Session {
	readonly service: ICorroborateService;
	readonly support: ClientSupport;
	readonly folders: WorkspaceFolders;
	readonly recognition: Recognition;
	readonly index: WorkspaceIndex;
	readonly documents: Documents;
	readonly settings: SettingsCache;
	readonly status: StatusReporter;
	readonly diagnostics: DiagnosticsScheduler;
	readonly indexer: Indexer;
}

export function createSession(connection: Connection, params: InitializeParams): Session {
	const fileLog = new FileStateLog(message => connection.console.log(message));
	const service = createCorroborateService({ logger: fileLog.core });
	const support = clientSupport(params);
	const options = initOptions(params);
	const folders = new WorkspaceFolders(workspaceFoldersOf(params));
	const pull = support.configuration ? (scopeUri: string) => connection.workspace.getConfiguration({ scopeUri, section: 'corroborate' }) : undefined;
	const settings = new SettingsCache(service, folders, pull);
	const recognition = new Recognition(folders, settings);
	const index = new WorkspaceIndex(service, recognition, fileLog);
	const documents = new Documents(index);
	const status = new StatusReporter(connection, index);
	const context = { service, support, folders, recognition, index, documents, settings, status };
	const diagnostics = new DiagnosticsScheduler(connection, context, options);
	const indexer = new Indexer(connection, context, options);
	return Object.freeze({ ...context, diagnostics, indexer });
}
