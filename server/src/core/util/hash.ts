/** A 64-bit FNV-1a hash of a string, as 16 hex digits: cheap, stable, for cache keys (not for security). */
export function fingerprint(text: string): string {
	let h1 = 0x811c9dc5;
	let h2 = 0x01000193 ^ text.length;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 0x01000193);
		h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h1 >>> 15);
	}
	return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}
