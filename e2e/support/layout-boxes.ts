import type { Locator } from "@playwright/test";

// Layout defects a screenshot shows and an overflow check does not: two things drawn on top of each other, a label
// cut by its container. Measured in the page from what the browser laid out (rects of boxes and of text).

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether two boxes share more than a hairline (1 px either way: borders may touch). */
export function intersects(a: Box, b: Box): boolean {
  return a.x + 1 < b.x + b.width && b.x + 1 < a.x + a.width && a.y + 1 < b.y + b.height && b.y + 1 < a.y + a.height;
}

/** Pairs of the given elements whose boxes overlap, named by their text or accessible name. */
export async function overlappingBoxes(elements: Locator[]): Promise<string[]> {
  const boxes = await Promise.all(
    elements.map(async (l) => ({ name: (await l.getAttribute("aria-label")) ?? (await l.innerText()).trim(), box: await l.boundingBox() })),
  );
  const problems: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      if (a.box && b.box && intersects(a.box, b.box)) problems.push(`"${a.name}" overlaps "${b.name}"`);
    }
  }
  return problems;
}

/**
 * Pairs of cells (any elements under `root` matching `cells`) whose drawn text overlaps: the text's own rects, not
 * the boxes, so text that runs out of a too-narrow column into the next one is caught even when the boxes do not
 * overlap.
 */
export async function overlappingText(root: Locator, cells: string): Promise<string[]> {
  return root.evaluate((el, selector) => {
    // The text's rects, each cut to what its clipping ancestors (up to the cell) let show: a truncated name's
    // hidden tail is not drawn over anything.
    const rectsOf = (cell: Element) => {
      const rects: DOMRect[] = [];
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) {
          let [left, top, right, bottom] = [r.left, r.top, r.right, r.bottom];
          for (let p = node.parentElement; p && p !== cell.parentElement; p = p.parentElement) {
            const style = getComputedStyle(p);
            if (style.overflowX === "visible" && style.overflowY === "visible") continue;
            const c = p.getBoundingClientRect();
            [left, top, right, bottom] = [Math.max(left, c.left), Math.max(top, c.top), Math.min(right, c.right), Math.min(bottom, c.bottom)];
          }
          if (right - left > 0 && bottom - top > 0) rects.push(new DOMRect(left, top, right - left, bottom - top));
        }
      }
      return rects;
    };
    const found = [...el.querySelectorAll(selector)]
      .filter((c) => (c as HTMLElement).offsetParent !== null && getComputedStyle(c).visibility !== "hidden")
      .map((c) => ({ text: (c.textContent ?? "").trim().slice(0, 40), rects: rectsOf(c) }));
    const hit = (a: DOMRect, b: DOMRect) => a.left + 1 < b.right && b.left + 1 < a.right && a.top + 1 < b.bottom && b.top + 1 < a.bottom;
    const problems: string[] = [];
    for (let i = 0; i < found.length; i++) {
      for (let j = i + 1; j < found.length; j++) {
        const [a, b] = [found[i]!, found[j]!];
        if (a.rects.some((ra) => b.rects.some((rb) => hit(ra, rb)))) problems.push(`"${a.text}" overlaps "${b.text}"`);
      }
    }
    return problems;
  }, cells);
}

/** The first ancestor that clips part of the element (overflow other than visible), or undefined when it shows whole. */
export async function clippingAncestor(element: Locator): Promise<string | undefined> {
  return element.evaluate((el) => {
    const own = el.getBoundingClientRect();
    if (el.scrollWidth > el.clientWidth + 1) return `${el.tagName.toLowerCase()} itself (its text is wider than its box)`;
    for (let p = el.parentElement; p; p = p.parentElement) {
      const style = getComputedStyle(p);
      if (style.overflowX === "visible" && style.overflowY === "visible") continue;
      const r = p.getBoundingClientRect();
      if (own.left < r.left - 0.5 || own.right > r.right + 0.5 || own.top < r.top - 0.5 || own.bottom > r.bottom + 0.5) {
        return `${p.tagName.toLowerCase()}.${[...p.classList].slice(0, 4).join(".")}`;
      }
    }
    return undefined;
  });
}
