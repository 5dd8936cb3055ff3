import { extractArticle, recogniseArticle, type ArticleExtraction, type ExtractionLimits } from './core';
import { readArticleSync } from './files';

/** What became of one file given to the command line: skipped (unreadable), not an article by its shape, or read and extracted. */
export type LoadedFile = { readonly skipped: string } | { readonly notArticle: string } | { readonly text: string; readonly extraction: ArticleExtraction };

/**
 * Reads a file, decides by its shape whether it is an article (when
 * `judgeShape`; a file named on the command line is always one) and extracts
 * it: all of a file's work that needs no other article, so that it can run on
 * a worker thread.
 */
export function loadArticle(file: string, judgeShape: boolean, limits: ExtractionLimits): LoadedFile {
	const read = readArticleSync(file);
	if (!read.ok) { return { skipped: read.reason }; }
	const shape = judgeShape ? recogniseArticle(read.text) : null;
	if (shape && !shape.article) { return { notArticle: shape.reason }; }
	return { text: read.text, extraction: extractArticle(read.text, limits) };
}
