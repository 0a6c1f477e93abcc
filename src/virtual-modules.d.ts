declare module 'virtual:duckdb-wasm' {
	/** The DuckDB-WASM module in parts (one part in dev): URL, raw bytes and brotli bytes of each. */
	export const parts: { url: string; bytes: number; brotliBytes: number }[];
}
