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
        if (box.width === 0 || box.height === 0) continue;
        // Opacity of ancestors fades the text towards its background.
        let alpha = 1;
        for (let e: Element | null = el; e; e = e.parentElement) alpha *= Number(getComputedStyle(e).opacity);
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

/**
 * Visible elements whose right edge passes the viewport, except inside a horizontally scrolling container (a tab
 * strip or a wide table that scrolls within itself is fine), plus the page's own scroll width.
 */
export async function overflowProblems(page: Page): Promise<{ scrollWidth: number; innerWidth: number; elements: OverflowProblem[] }> {
  return page.evaluate(() => {
    const vw = window.innerWidth;
    const scrollsX = (e: Element) => {
      const o = getComputedStyle(e).overflowX;
      return o === "auto" || o === "scroll" || o === "hidden" || o === "clip";
    };
    const elements: { tag: string; text: string; right: number }[] = [];
    for (const el of document.body.querySelectorAll("*")) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || box.right <= vw + 1) continue;
      const style = getComputedStyle(el);
      if (style.visibility !== "visible" || style.position === "fixed") continue;
      let clipped = false;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (scrollsX(p) && p.getBoundingClientRect().right <= vw + 1) {
          clipped = true;
          break;
        }
      }
      if (clipped) continue;
      elements.push({ tag: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${String(el.className).slice(0, 80)}`, text: (el.textContent ?? "").trim().slice(0, 40), right: Math.round(box.right) });
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: vw, elements: elements.slice(0, 20) };
  });
}
