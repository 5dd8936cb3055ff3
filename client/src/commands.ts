import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';

/** Plain JSON shapes of LSP positions and ranges, as they arrive in command arguments. */
interface LspPosition { line: number; character: number }
interface LspRange { start: LspPosition; end: LspPosition }
interface LspLocation { uri: string; range: LspRange }

const asPosition = (p: LspPosition) => new vscode.Position(p.line, p.character);
const asRange = (r: LspRange) => new vscode.Range(asPosition(r.start), asPosition(r.end));
const asLocation = (l: LspLocation) => new vscode.Location(vscode.Uri.parse(l.uri), asRange(l.range));

/**
 * Client command of the server's code lenses: the arguments are JSON
 * (`[uri, position, locations]`), while `editor.action.peekLocations` needs VS Code types.
 */
export function showComparison(uri: string, position: LspPosition, locations: LspLocation[]): Thenable<unknown> {
	return vscode.commands.executeCommand('editor.action.peekLocations', vscode.Uri.parse(uri), asPosition(position), locations.map(asLocation), 'peek');
}

/**
 * Wraps two server commands of the quick fixes. `corroborate.openSource` opens
 * the other article beside this one (the server's `window/showDocument` would
 * replace the current editor). `corroborate.markReviewed` first asks for an
 * optional note; Escape cancels the whole action.
 */
export const reviewMiddleware: Middleware = {
	executeCommand: async (command, args, next) => {
		if (command === 'corroborate.openSource') {
			const [uri, range] = args as [string, LspRange];
			await vscode.window.showTextDocument(vscode.Uri.parse(uri), { viewColumn: vscode.ViewColumn.Beside, selection: asRange(range) });
			return undefined;
		}
		if (command === 'corroborate.markReviewed') {
			const note = await vscode.window.showInputBox({
				title: 'Corroborate: Mark as Reviewed',
				prompt: 'Why is this disagreement fine? (optional; press Enter to skip, Escape to cancel)',
				placeHolder: 'Note, e.g. "later reports confirm two commanders"',
			});
			if (note === undefined) {
				return undefined;
			}
			const trimmed = note.trim();
			return next(command, trimmed ? [...args.slice(0, 3), trimmed] : args.slice(0, 3));
		}
		return next(command, args);
	},
};
