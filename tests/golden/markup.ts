/**
 * Server-rendered HTML → golden files: find the charts in a rendered page or component, and print each
 * one element per line, so that `git diff` of a golden file reads like a diff of the chart.
 */
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];
type Parent = DefaultTreeAdapterMap['parentNode'];

const SVG_NS = 'http://www.w3.org/2000/svg';
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

export interface Found {
	/** The chart's id: the prefix of its accessible title's id (`line-internet-users` for `line-internet-users-title`). */
	id: string;
	element: Element;
}

const isElement = (node: Node): node is Element => 'tagName' in node;
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

/** Every element under `root` (document order) that `match` accepts, not looking inside a match. */
export function findAll(root: Parent, match: (el: Element) => boolean): Element[] {
	const out: Element[] = [];
	const walk = (parent: Parent) => {
		for (const child of parent.childNodes) {
			if (!isElement(child)) continue;
			if (match(child)) out.push(child);
			else walk(child.tagName === 'template' ? (child as DefaultTreeAdapterMap['template']).content : child);
		}
	};
	walk(root);
	return out;
}

export const parse = (html: string) => parseFragment(html);

/**
 * The charts of a rendered page: every `<svg>` or `<figure>` named by an accessible title
 * (`aria-labelledby="<id>-title …"`), which is how every chart of the site announces itself.
 */
export function findCharts(html: string): Found[] {
	const charts = findAll(parse(html), (el) => (el.tagName === 'svg' || el.tagName === 'figure') && /-title\b/.test(attr(el, 'aria-labelledby') ?? ''));
	return charts.map((element) => ({ id: attr(element, 'aria-labelledby')!.split(/\s+/)[0].replace(/-title$/, ''), element }));
}

/** Class names Svelte adds to scope a component's CSS: a hash of the CSS, noise in a chart's diff. */
const SCOPE_CLASS = /^svelte-[a-z0-9]+$/;

function attributes(el: Element, root: boolean): string {
	const list = el.attrs
		.map((a) => (a.name === 'class' ? { ...a, value: a.value.split(/\s+/).filter((c) => c && !SCOPE_CLASS.test(c)).join(' ') } : a))
		.filter((a) => a.name !== 'class' || a.value !== '');
	// A golden .svg opens on its own in a browser or an image viewer.
	if (root && el.namespaceURI === SVG_NS && !list.some((a) => a.name === 'xmlns')) list.unshift({ name: 'xmlns', value: SVG_NS });
	return list.map((a) => ` ${a.name}="${a.value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`).join('');
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&#160;');

/** Children worth printing: no comments (Svelte's hydration markers), no whitespace between elements. */
function printable(el: Element): Node[] {
	const parent = el.tagName === 'template' ? (el as DefaultTreeAdapterMap['template']).content : el;
	return parent.childNodes.filter((n) => (n.nodeName === '#text' ? (n as DefaultTreeAdapterMap['textNode']).value.trim() !== '' : isElement(n)));
}

/**
 * One element per line, children indented by a tab; an element holding only text stays on one line
 * (`<text x="0">2020</text>`). Attributes keep their order; numbers are printed as rendered.
 */
export function pretty(el: Element): string {
	const lines: string[] = [];
	const print = (node: Element, depth: number) => {
		const indent = '\t'.repeat(depth);
		const open = `<${node.tagName}${attributes(node, depth === 0)}`;
		const children = printable(node);
		if (children.length === 0) {
			lines.push(node.namespaceURI === SVG_NS ? `${indent}${open}/>` : VOID.has(node.tagName) ? `${indent}${open}>` : `${indent}${open}></${node.tagName}>`);
		} else if (children.every((c) => !isElement(c))) {
			const text = children.map((c) => (c as DefaultTreeAdapterMap['textNode']).value).join('');
			lines.push(`${indent}${open}>${escapeText(text)}</${node.tagName}>`);
		} else {
			lines.push(`${indent}${open}>`);
			for (const child of children) {
				if (isElement(child)) print(child, depth + 1);
				else lines.push(`${indent}\t${escapeText((child as DefaultTreeAdapterMap['textNode']).value)}`);
			}
			lines.push(`${indent}</${node.tagName}>`);
		}
	};
	print(el, 0);
	return `${lines.join('\n')}\n`;
}

/** The first element under `root` that `match` accepts (document order), or undefined. */
export const findFirst = (root: Parent, match: (el: Element) => boolean): Element | undefined => findAll(root, match)[0];

export const attribute = attr;

/**
 * Small SVGs drawn one per table row (the country profile's sparklines) as one golden SVG: each one under
 * the other in a `<g data-key>` naming its row, `gap` pixels apart.
 */
export function stack(items: { key: string; svg: Element }[], gap = 8): Element {
	const element = (tagName: string, attrs: Record<string, string>, childNodes: Node[] = []) =>
		({ nodeName: tagName, tagName, namespaceURI: SVG_NS, attrs: Object.entries(attrs).map(([name, value]) => ({ name, value })), childNodes, parentNode: null }) as unknown as Element;
	let y = 0;
	const rows = items.map(({ key, svg }) => {
		const row = element('g', { 'data-key': key, transform: `translate(0,${y})` }, [svg]);
		y += Number(attr(svg, 'height') ?? 0) + gap;
		return row;
	});
	const width = Math.max(0, ...items.map(({ svg }) => Number(attr(svg, 'width') ?? 0)));
	return element('svg', { width: String(width), height: String(Math.max(0, y - gap)), viewBox: `0 0 ${width} ${Math.max(0, y - gap)}` }, rows);
}
