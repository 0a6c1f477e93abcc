import '@testing-library/jest-dom/vitest';

// jsdom has no layout, so nothing is ever resized: an observer that never fires is faithful to it, and
// charts draw at their fallback size, exactly as when prerendered.
globalThis.ResizeObserver ??= class {
	observe() {}
	unobserve() {}
	disconnect() {}
};
