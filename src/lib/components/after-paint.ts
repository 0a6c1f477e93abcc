/**
 * Runs `work` once the browser has painted the next frame (a task after that frame's animation
 * callbacks), so what was drawn just before shows first. Returns a function that cancels it.
 */
export function afterPaint(work: () => void): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const frame = requestAnimationFrame(() => (timer = setTimeout(work, 0)));
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
}
