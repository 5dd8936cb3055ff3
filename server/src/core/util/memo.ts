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

/**
 * Remembers a value computed from an object for as long as the object lives
 * (a derived view's claims, an actor's occurrences). Any further arguments
 * are used on the first call only, so they must follow from the key.
 */
export function memoisedBy<K extends object, V, A extends unknown[]>(f: (key: K, ...rest: A) => V): (key: K, ...rest: A) => V {
	const known = new WeakMap<K, V>();
	return (key, ...rest) => {
		let value = known.get(key);
		if (value === undefined) {
			value = f(key, ...rest);
			known.set(key, value);
		}
		return value;
	};
}
