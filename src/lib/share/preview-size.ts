/**
 * Context key for the size a chart is drawn at when no browser measures it: the build sets it to draw the
 * link-preview images at their own proportions (ChartFrame reads it before its fallback size).
 */
export const PREVIEW_SIZE = Symbol('preview-size');
export interface PreviewSize {
	width: number;
	height: number;
}

/** Link-preview images: 1200 × 630, the 1.91:1 every major network crops least. */
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;
