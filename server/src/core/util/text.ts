/** 0-based line of an offset: lines end at \n, \r\n or a lone \r, as in LSP. */
export function lineAt(text: string, offset: number): number {
	let line = 0;
	for (let i = 0; i < offset && i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) { line++; }
	}
	return line;
}

/** The sentence-sized passage around a span, trimmed to about `max` characters, for quoting. */
export function passage(text: string, start: number, end: number, max = 160): string {
	let from = start;
	let to = end;
	while (from > 0 && !/[\n.!?]/.test(text[from - 1]) && start - from < max / 2) { from--; }
	while (to < text.length && !/[\n.!?]/.test(text[to]) && to - end < max / 2) { to++; }
	if (to < text.length && /[.!?]/.test(text[to])) { to++; }
	const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
	return `${from > 0 && !/[\n.!?]/.test(text[from - 1]) ? '…' : ''}${body}${to < text.length && !/[\n.!?]/.test(text[to - 1]) ? '…' : ''}`;
}

/** A short name for an article in messages: its file name. */
export function fileName(uri: string): string {
	return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}
