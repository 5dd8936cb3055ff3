/**
 * Remembers the values of a function of a string: the same names and words
 * come back in every article and every stage. Bounded, so a long session
 * does not grow it without end. `f` must not return undefined.
 */
export function memoised<T>(f: (key: string) => T, bound = 100_000): (key: string) => T {
	const known = new Map<string, T>();
	return key => {
		let value = known.get(key);
		if (value === undefined) {
			value = f(key);
			if (known.size >= bound) { known.clear(); }
			known.set(key, value);
		}
		return value;
	};
}
