/**
 * Functions that run inside the page (passed to `page.evaluate`, which sends their source):
 * each is self-contained and refers only to its arguments and the page's globals.
 *
 * The project compiles without the DOM library (it is Node code); the few browser globals
 * used here are declared for this module alone, so the rest of the project cannot use them.
 */
import type { AxeResults, RunOptions } from 'axe-core';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}
interface PageNode {
  nodeType: number;
  textContent: string | null;
}
interface PageElement extends PageNode {
  tagName: string;
  namespaceURI: string | null;
  id: string;
  parentElement: PageElement | null;
  childNodes: ArrayLike<PageNode>;
  getBoundingClientRect(): Box;
  getClientRects(): ArrayLike<Box>;
  getAttribute(name: string): string | null;
  contains(other: PageElement | null): boolean;
  matches(selector: string): boolean;
  closest(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
}
interface Style {
  display: string;
  visibility: string;
  color: string;
  backgroundColor: string;
  outlineStyle: string;
  outlineWidth: string;
  outlineColor: string;
  stroke: string;
  strokeWidth: string;
}
declare const document: {
  documentElement: PageElement & { scrollWidth: number };
  activeElement: PageElement | null;
  body: PageElement;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  elementFromPoint(x: number, y: number): PageElement | null;
};
declare const axe: { run(options: RunOptions): Promise<AxeResults> };
declare function getComputedStyle(element: PageElement): Style;
declare const innerWidth: number;
declare const innerHeight: number;

/** How far the page is wider than the window (0: no sideways scrolling of the whole page). */
export function overflowX(): number {
  return Math.max(0, document.documentElement.scrollWidth - innerWidth);
}

/** axe-core over the whole document (axe must be injected first). */
export function runAxe(options: RunOptions): Promise<AxeResults> {
  return axe.run(options);
}

/** What a sighted keyboard user sees of the focused element. */
export interface FocusState {
  /** tag#id.class "text", to name the element in a failure */
  label: string;
  tag: string;
  href: string | null;
  inMain: boolean;
  isSkipLink: boolean;
  /**
   * How focus shows: the element's outline or, for a link inside an SVG chart (where outlines
   * are drawn unreliably across browsers), the widest stroke of a shape inside it; null if neither.
   */
  ring: { kind: 'outline' | 'svg stroke'; width: number; color: string } | null;
  /** the nearest opaque background behind the element */
  background: string;
  /** some part of the element is inside the viewport */
  inViewport: boolean;
  /** the element (not a sticky heading or anything else) is what shows at its centre */
  unobscured: boolean;
}

export function focusState(): FocusState | null {
  const element = document.activeElement;
  if (!element || element === document.body) return null;
  const style = getComputedStyle(element);
  let ring: FocusState['ring'] = null;
  if (style.outlineStyle !== 'none' && style.outlineStyle !== 'hidden') ring = { kind: 'outline', width: Number.parseFloat(style.outlineWidth) || 0, color: style.outlineColor };
  else if (element.namespaceURI === 'http://www.w3.org/2000/svg') {
    const shapes = element.querySelectorAll('*');
    for (let i = 0; i < shapes.length; i += 1) {
      const shape = getComputedStyle(shapes[i]!);
      const width = Number.parseFloat(shape.strokeWidth) || 0;
      if (shape.stroke.startsWith('rgb') && width > (ring?.width ?? 0)) ring = { kind: 'svg stroke', width, color: shape.stroke };
    }
  }
  let background = 'rgb(255, 255, 255)';
  for (let node: PageElement | null = element; node; node = node.parentElement) {
    const colour = getComputedStyle(node).backgroundColor;
    if (colour !== 'transparent' && !/rgba\([^)]*,\s*0\)$/u.test(colour)) {
      background = colour;
      break;
    }
  }
  // The first line box of a link that wraps, not the box around all its lines.
  const rects = element.getClientRects();
  const box = rects.length ? rects[0]! : element.getBoundingClientRect();
  const x = Math.min(Math.max(box.left + Math.min(box.width / 2, 8), 0), innerWidth - 1);
  const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
  const hit = document.elementFromPoint(x, y);
  const text = (element.textContent ?? '').trim().replace(/\s+/gu, ' ').slice(0, 40);
  return {
    label: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.getAttribute('class') ? `.${element.getAttribute('class')!.trim().split(/\s+/u).join('.')}` : ''} "${text}"`,
    tag: element.tagName.toLowerCase(),
    href: element.getAttribute('href'),
    inMain: element.closest('main') !== null,
    isSkipLink: element.matches('.skip-link'),
    ring,
    background,
    inViewport: box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth && box.width > 0 && box.height > 0,
    unobscured: hit !== null && (hit === element || element.contains(hit)),
  };
}

/** Every element a keyboard user should be able to reach, by the same label as focusState's. */
export function focusableLabels(): string[] {
  const selector = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
  const labels: string[] = [];
  const all = document.querySelectorAll(selector);
  for (let i = 0; i < all.length; i += 1) {
    const element = all[i]!;
    const style = getComputedStyle(element);
    const skipped = element.matches('[tabindex^="-"], [inert], [inert] *') || element.closest('details:not([open]) > :not(summary)') !== null;
    if (skipped || style.visibility === 'hidden' || element.getClientRects().length === 0) continue; // not a Tab stop, or not rendered
    const text = (element.textContent ?? '').trim().replace(/\s+/gu, ' ').slice(0, 40);
    labels.push(`${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.getAttribute('class') ? `.${element.getAttribute('class')!.trim().split(/\s+/u).join('.')}` : ''} "${text}"`);
  }
  return labels;
}

/** How an element looks: its computed display, colour and background. */
export interface Looks {
  selector: string;
  display: string;
  color: string;
  background: string;
}

export function looksOf(selectors: string[]): (Looks | null)[] {
  return selectors.map((selector) => {
    const element = document.querySelector(selector);
    if (!element) return null;
    const style = getComputedStyle(element);
    return { selector, display: style.display, color: style.color, background: style.backgroundColor };
  });
}

/** Every element that shows text of its own (below `root`), with its colour and the background behind it. */
export interface TextLooks {
  label: string;
  color: string;
  /** the nearest opaque background up the tree (white when there is none) */
  background: string;
}

export function textLooks(root: string): TextLooks[] {
  const out: TextLooks[] = [];
  const all = document.querySelectorAll(`${root}, ${root} *`);
  for (let i = 0; i < all.length; i += 1) {
    const element = all[i]!;
    let ownText = '';
    for (let j = 0; j < element.childNodes.length; j += 1) {
      const child = element.childNodes[j]!;
      if (child.nodeType === 3) ownText += child.textContent ?? '';
    }
    const style = getComputedStyle(element);
    if (!ownText.trim() || style.visibility === 'hidden') continue;
    let hidden = false;
    let background = '';
    for (let node: PageElement | null = element; node; node = node.parentElement) {
      const nodeStyle = getComputedStyle(node);
      if (nodeStyle.display === 'none') hidden = true;
      const colour = nodeStyle.backgroundColor;
      if (!background && colour !== 'transparent' && !/rgba\([^)]*,\s*0\)$/u.test(colour)) background = colour;
    }
    if (hidden) continue;
    out.push({
      label: `${element.tagName.toLowerCase()}${element.getAttribute('class') ? `.${element.getAttribute('class')!.trim().split(/\s+/u).join('.')}` : ''} "${ownText.trim().slice(0, 30)}"`,
      color: style.color,
      background: background || 'rgb(255, 255, 255)',
    });
  }
  return out;
}
