/**
 * Real news text for the generated corpora: the paragraphs of seeds/ (shipped
 * with the project) and, when `../shared` sits beside the project, of the
 * labelled news corpus. Read once; what was found is named in the results.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { realParagraphs } from './generate';

export interface RealText {
	readonly paragraphs: readonly string[];
	/** Where the paragraphs came from, for the results file. */
	readonly source: string;
}

function textsIn(dir: string, depth: number): string[] {
	if (!fs.existsSync(dir)) { return []; }
	return fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1)).flatMap(e => {
		const full = path.join(dir, e.name);
		if (e.isDirectory()) { return depth > 0 ? textsIn(full, depth - 1) : []; }
		return e.name.endsWith('.txt') ? [fs.readFileSync(full, 'utf8')] : [];
	});
}

/** The real paragraphs available from `root` (the project folder). */
export function loadRealText(root: string): RealText {
	const seeds = textsIn(path.join(root, 'seeds'), 0);
	const corpus = textsIn(path.join(root, '..', 'shared', 'corpus', 'news'), 1);
	const paragraphs = realParagraphs([...seeds, ...corpus]);
	const source = `${paragraphs.length} paragraphs of real text from seeds/ (${seeds.length} articles)${corpus.length ? ` and ../shared/corpus/news (${corpus.length} articles)` : ' (../shared/corpus not beside the project)'}`;
	return { paragraphs, source };
}
