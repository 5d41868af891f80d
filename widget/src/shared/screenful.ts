/** Cards a grid first renders when it shows none to measure. */
export const SCREENFUL_GUESS = 16;

/**
 * How many cards fill the screen from the top of the grid in `root`, judged from the cards it
 * shows now (their size and the grid's width and place on the page); at least one row. The
 * grey cards shown while the catalog loads count too: they are shorter than product cards,
 * so the answer then errs on the side of more cards, never of a half-empty screen.
 */
export function measureScreenful(root: ParentNode): number {
  const first = root.querySelector('.grid > li');
  const grid = first?.parentElement;
  if (!first || !grid) return SCREENFUL_GUESS;
  const card = first.getBoundingClientRect();
  const box = grid.getBoundingClientRect();
  if (card.width <= 0 || card.height <= 0) return SCREENFUL_GUESS;
  const columns = Math.max(1, Math.floor((box.width + 1) / card.width));
  const rows = Math.max(1, Math.ceil((innerHeight - box.top) / card.height));
  return columns * rows;
}

/**
 * Products the grid adds at a time as the buyer scrolls, and so the most a new answer's first
 * screen shows: the search Worker ranks this many matches first (see remote-search.ts).
 */
export const BATCH = 48;
