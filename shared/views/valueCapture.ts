// Value capture, the game's lesson in numbers: of what a plot finally sold for, how much went to
// the village (compensation), the city (the lease less the compensation) and the developer (the
// sale less the lease, before building costs). One plot's split for the inspector, every plot's
// sums for the debrief; computed here once.

/** One plot the government took: what was paid for it, wan (0: not yet leased / not yet sold). */
export interface PlotRow {
  tile: number;
  x: number;
  y: number;
  compensation: number;
  lease: number;
  sale: number;
}

/** A share of a whole, in whole percent (0 of nothing). */
export const sharePct = (part: number, whole: number): number => (whole > 0 ? Math.round((100 * part) / whole) : 0);

export interface PlotSplit {
  /** Wan. */
  village: number;
  city: number;
  developer: number;
  sale: number;
  /** The same as shares of the sale, in whole percent. */
  pct: { village: number; city: number; developer: number };
}

/** Who got what of a sold plot; null until it is sold (the chain is not known before). */
export function plotSplit(deal: { compensation: number; lease: number; sale: number }): PlotSplit | null {
  if (deal.sale <= 0) return null;
  const village = deal.compensation;
  const city = deal.lease - deal.compensation;
  const developer = deal.sale - deal.lease;
  return { village, city, developer, sale: deal.sale, pct: { village: sharePct(village, deal.sale), city: sharePct(city, deal.sale), developer: sharePct(developer, deal.sale) } };
}

export interface Capture {
  /** Most valuable first. */
  plots: PlotRow[];
  totals: { compensation: number; lease: number; sale: number };
  /** Summed over the plots sold (the whole chain known), wan. */
  sold: { plots: number; village: number; city: number; developer: number; sale: number };
}

export function valueCapture(data: { deals: PlotRow[] }): Capture {
  const plots = data.deals.map((d) => ({ ...d }));
  plots.sort((a, b) => b.sale - a.sale || b.lease - a.lease || b.compensation - a.compensation || a.tile - b.tile);
  const sum = (rows: PlotRow[], f: (p: PlotRow) => number) => rows.reduce((n, p) => n + f(p), 0);
  const splits = plots.flatMap((p) => plotSplit(p) ?? []);
  return {
    plots,
    totals: { compensation: sum(plots, (p) => p.compensation), lease: sum(plots, (p) => p.lease), sale: sum(plots, (p) => p.sale) },
    sold: {
      plots: splits.length,
      village: splits.reduce((n, s) => n + s.village, 0),
      city: splits.reduce((n, s) => n + s.city, 0),
      developer: splits.reduce((n, s) => n + s.developer, 0),
      sale: splits.reduce((n, s) => n + s.sale, 0),
    },
  };
}

/** The deals of a game (keyed by tile) as rows, by tile. */
export function plotRows(deals: Iterable<[string | number, { compensation: number; lease: number; sale: number }]>, width: number): PlotRow[] {
  const w = width || 1;
  return [...deals]
    .map(([key, d]) => {
      const tile = Number(key);
      return { tile, x: tile % w, y: Math.floor(tile / w), compensation: d.compensation, lease: d.lease, sale: d.sale };
    })
    .sort((a, b) => a.tile - b.tile);
}
