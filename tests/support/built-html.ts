/**
 * The built site's pages read in Node with parse5 (the HTML standard's parser, as a browser parses a page
 * with scripts off): for the checks that read what hundreds of prerendered pages say without running them
 * (the French words on every French page, the heading of every country profile, the facts of every
 * project page). A browser load costs
 * about 0.2 s of CPU even without scripts; parsing here costs a tenth of that.
 *
 * A page is read as the server sends it to a browser that accepts brotli: its `.br` copy, which must
 * decompress to the `.html` byte for byte (the browser sweeps read the .br copies of the pages they load).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

export type Document = DefaultTreeAdapterMap['document'];
export type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];
type Parent = DefaultTreeAdapterMap['parentNode'];

/** The HTML of `file` (a path under `siteDir`); throws if its brotli copy says anything else. */
export function builtHtml(siteDir: string, file: string): string {
	const path = join(siteDir, file);
	const html = readFileSync(path);
	if (existsSync(`${path}.br`) && !brotliDecompressSync(readFileSync(`${path}.br`)).equals(html)) {
		throw new Error(`${file}.br does not decompress to ${file}`);
	}
	return html.toString('utf8');
}

/** The page `file` (a path under `siteDir`), parsed. */
export const builtPage = (siteDir: string, file: string): Document => parse(builtHtml(siteDir, file));

const isElement = (node: Node): node is Element => 'tagName' in node;

/** Every element under `root`, in document order (not inside templates, whose content is not shown). */
export function elements(root: Parent): Element[] {
	const out: Element[] = [];
	const walk = (parent: Parent) => {
		for (const child of parent.childNodes) {
			if (!isElement(child)) continue;
			out.push(child);
			if (child.tagName !== 'template') walk(child);
		}
	};
	walk(root);
	return out;
}

/** The first element under `root` that `match` accepts, in document order. */
export const first = (root: Parent, match: (el: Element) => boolean): Element | undefined => elements(root).find(match);

/** An attribute's value, null where the element has none (as `getAttribute`). */
export const attr = (el: Element, name: string): string | null => el.attrs.find((a) => a.name === name)?.value ?? null;

/** Whether the element's class list has `name`. */
export const hasClass = (el: Element, name: string): boolean => (attr(el, 'class') ?? '').split(/\s+/).includes(name);

/** Takes `node` out of the tree (as `Element.remove()`): what is under it stays readable. */
export function detach(node: Element) {
	const parent = node.parentNode;
	if (!parent) return;
	parent.childNodes.splice(parent.childNodes.indexOf(node), 1);
	node.parentNode = null;
}

/**
 * The text under `node`, as `textContent` (text nodes only, in document order); elements whose tag is in
 * `spaceAfter` are followed by a space, as if one had been appended to each.
 */
export function textContent(node: Node, spaceAfter: ReadonlySet<string> = new Set()): string {
	let text = '';
	const walk = (n: Node) => {
		if (n.nodeName === '#text') text += (n as DefaultTreeAdapterMap['textNode']).value;
		if (!('childNodes' in n) || (isElement(n) && n.tagName === 'template')) return;
		for (const child of n.childNodes) walk(child);
		if (isElement(n) && spaceAfter.has(n.tagName)) text += ' ';
	};
	walk(node);
	return text;
}
