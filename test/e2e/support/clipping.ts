// Text the operator cannot read in full: an element whose content is wider (or taller) than its
// box while the box hides the rest (overflow hidden/clip, an ellipsis), text sticking out of its
// box over its neighbours (a line that may not wrap, a word too long for its column), and a page
// wider than the window. Screen-reader-only text (clipped on
// purpose) is left out. Run in the page; returns one line per offender, for the test to print.
import type { Page } from 'playwright-core';

export interface ClippedText {
  element: string;
  text: string;
  why: string;
}

export async function clippedText(page: Page): Promise<ClippedText[]> {
  return page.evaluate(() => {
    const found: Array<{ element: string; text: string; why: string }> = [];
    const describe = (el: Element): string => {
      const classes = [...el.classList].slice(0, 3).join('.');
      const id = el.getAttribute('data-testid');
      return `${el.tagName.toLowerCase()}${classes === '' ? '' : `.${classes}`}${id === null ? '' : `[data-testid=${id}]`}`;
    };
    const hides = (value: string): boolean => value === 'hidden' || value === 'clip';
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (el.closest('.visually-hidden') !== null) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      if (el.getClientRects().length === 0) continue;
      const text = (el.innerText ?? '').trim().replace(/\s+/g, ' ');
      if (text === '' || el.tagName === 'SELECT' || el.tagName === 'TEXTAREA') continue;
      const wide = el.scrollWidth > el.clientWidth + 1;
      const tall = el.scrollHeight > el.clientHeight + 1;
      const nowrap = style.whiteSpace === 'nowrap' || style.whiteSpace === 'pre';
      let why: string | null = null;
      if (wide && (hides(style.overflowX) || style.textOverflow === 'ellipsis'))
        why = `cut off at the side (${el.scrollWidth} > ${el.clientWidth} px)`;
      else if (tall && hides(style.overflowY))
        why = `cut off at the bottom (${el.scrollHeight} > ${el.clientHeight} px)`;
      else if (wide && style.overflowX === 'visible' && el.clientWidth > 0)
        why = `${nowrap ? 'a line that may not wrap ' : 'a word '}sticks out of its box (${el.scrollWidth} > ${el.clientWidth} px)`;
      if (why !== null) found.push({ element: describe(el), text: text.slice(0, 80), why });
    }
    const page = document.documentElement;
    if (page.scrollWidth > window.innerWidth + 1)
      found.push({
        element: 'html',
        text: '',
        why: `the page is wider than the window (${page.scrollWidth} > ${window.innerWidth} px)`,
      });
    return found;
  });
}
