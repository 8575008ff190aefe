import type { Page } from "@playwright/test";

// Layout and contrast checks run in the page (computed styles): what the browser drew, not what the classes say.

export interface ContrastProblem {
  text: string;
  ratio: number;
  color: string;
  background: string;
}

export interface OverflowProblem {
  tag: string;
  text: string;
  right: number;
  width: number;
}

export interface Overflow {
  /** The page's own scroll width (documentElement's), which must not pass the viewport. */
  scrollWidth: number;
  innerWidth: number;
  /** Elements whose right edge passes the viewport and that no scroll container within the viewport clips, widest first. */
  elements: OverflowProblem[];
  /**
   * When the page is too wide: the deepest element whose removal narrows it most (found by hiding one child at a time
   * and measuring again), so a culprit the box walk cannot see — a pseudo-element, a hidden but laid-out element,
   * a transformed one, text past its own box — still gets a name.
   */
  culprit?: OverflowProblem;
}

/**
 * Text whose colour against the nearest opaque background (semi-transparent layers composited on the way) is below
 * `min` (WCAG's 4.5:1 for normal text). Only visible text nodes under `root`; disabled controls are exempt (WCAG 1.4.3).
 */
export async function contrastProblems(page: Page, root = "main", min = 4.5): Promise<ContrastProblem[]> {
  return page.evaluate(
    ({ root, min }) => {
      // A canvas turns any CSS colour (hex, rgb, oklab, color-mix results) into sRGB bytes.
      const ctx = document.createElement("canvas").getContext("2d", { willReadFrequently: true })!;
      const rgba = (css: string): [number, number, number, number] => {
        ctx.clearRect(0, 0, 1, 1);
        ctx.fillStyle = "#000";
        ctx.fillStyle = css;
        ctx.fillRect(0, 0, 1, 1);
        const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
        return [r!, g!, b!, a! / 255];
      };
      const over = (top: number[], under: number[]) => [0, 1, 2].map((i) => top[i]! * top[3]! + under[i]! * (1 - top[3]!));
      const lum = (c: number[]) => {
        const [r, g, b] = c.map((v) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const background = (el: Element | null): number[] => {
        const layers: number[][] = [];
        for (let e = el; e; e = e.parentElement) {
          const c = rgba(getComputedStyle(e).backgroundColor);
          if (c[3] === 0) continue;
          layers.push(c);
          if (c[3] >= 0.99) break;
        }
        let base = [255, 255, 255];
        if (!layers.length || layers[layers.length - 1]![3]! < 0.99) base = rgba(getComputedStyle(document.body).backgroundColor).slice(0, 3);
        for (const layer of layers.reverse()) base = over(layer, base);
        return base;
      };
      const problems: { text: string; ratio: number; color: string; background: string }[] = [];
      const scope = document.querySelector(root);
      if (!scope) return problems;
      const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
      const seen = new Set<Element>();
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || seen.has(el) || !n.textContent?.trim()) continue;
        seen.add(el);
        const style = getComputedStyle(el);
        if (style.visibility !== "visible" || Number(style.opacity) === 0) continue;
        if (el.closest("[disabled], [aria-disabled=true], .xterm, canvas, option, [aria-hidden=true]")) continue;
        const box = el.getBoundingClientRect();
        // Nothing drawn to read: empty boxes and sr-only text (clipped to 1 px) are for screen readers only.
        if (box.width <= 1 || box.height <= 1) continue;
        // Opacity of ancestors fades the text towards its background; an ancestor clipped to a pixel (an sr-only
        // table header) draws none of it.
        let alpha = 1;
        let clipped = false;
        for (let e: Element | null = el; e; e = e.parentElement) {
          alpha *= Number(getComputedStyle(e).opacity);
          const r = e.getBoundingClientRect();
          if ((r.width <= 1 || r.height <= 1) && getComputedStyle(e).overflow !== "visible") clipped = true;
        }
        if (clipped) continue;
        if (alpha < 0.99) continue; // faded on purpose (skeletons, disabled looks)
        const fg = rgba(style.color);
        const bg = background(el);
        const text = over(fg, bg);
        const [hi, lo] = [lum(text), lum(bg)].sort((a, b) => b - a);
        const ratio = (hi! + 0.05) / (lo! + 0.05);
        if (ratio < min) problems.push({ text: n.textContent.trim().slice(0, 60), ratio: Math.round(ratio * 100) / 100, color: style.color, background: `rgb(${bg.map(Math.round).join(",")})` });
      }
      return problems;
    },
    { root, min },
  );
}

/** What makes the page wider than the viewport; see `Overflow`. */
export async function overflowProblems(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    // clientWidth: the viewport without a classic scrollbar, the width content may actually use.
    const vw = document.documentElement.clientWidth;
    const pageWidth = () => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
    const describe = (el: Element) => {
      const box = el.getBoundingClientRect();
      const className = typeof el.className === "string" ? el.className : (el.getAttribute("class") ?? "");
      return {
        tag: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${className ? `.${className.slice(0, 100)}` : ""}`,
        text: (el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 60),
        right: Math.round(box.right),
        width: Math.round(box.width),
      };
    };
    const clipsX = (e: Element) => getComputedStyle(e).overflowX !== "visible";
    const elements: ReturnType<typeof describe>[] = [];
    for (const el of document.body.querySelectorAll("*")) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || box.right <= vw + 1) continue;
      // Hidden-but-laid-out elements still widen the page, so only display:none (no box) and fixed ones are skipped.
      if (getComputedStyle(el).position === "fixed") continue;
      let clipped = false;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (clipsX(p) && p.getBoundingClientRect().right <= vw + 1) {
          clipped = true;
          break;
        }
      }
      if (!clipped) elements.push(describe(el));
    }
    elements.sort((a, b) => b.right - a.right);

    let culprit: ReturnType<typeof describe> | undefined;
    const full = pageWidth();
    if (full > vw) {
      let at: Element = document.body;
      for (;;) {
        let best: Element | undefined;
        let narrowest = full;
        for (const child of at.children) {
          if (!(child instanceof HTMLElement || child instanceof SVGElement)) continue;
          const before = child.style.getPropertyValue("display");
          const priority = child.style.getPropertyPriority("display");
          child.style.setProperty("display", "none", "important");
          const width = pageWidth();
          if (before) child.style.setProperty("display", before, priority);
          else child.style.removeProperty("display");
          if (width < narrowest) {
            narrowest = width;
            best = child;
          }
        }
        if (!best) break;
        at = best;
      }
      culprit = describe(at);
    }
    return { scrollWidth: full, innerWidth: vw, elements: elements.slice(0, 10), culprit };
  });
}
