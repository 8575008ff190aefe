// Unit tests run outside a React Server bundle, where the real `server-only` would throw.
export {};
