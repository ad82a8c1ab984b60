/** A histogram bin of whole-number scores: from `low` to `high` inclusive, with its count. */
export interface Bin {
  low: number;
  high: number;
  count: number;
}

/**
 * Scores in bins of equal whole-number width (about √n bins, 5 to 20), from the lowest score to
 * the highest. Each score counts `weight` (a sampled run stands for more entries than it shows),
 * rounded per bin.
 */
export function histogram(scores: number[], weight = 1): Bin[] {
  if (scores.length === 0) return [];
  let min = scores[0];
  let max = scores[0];
  for (const s of scores) {
    if (s < min) min = s;
    if (s > max) max = s;
  }
  const wanted = Math.min(20, Math.max(5, Math.ceil(Math.sqrt(scores.length))));
  const width = niceWidth((max - min + 1) / wanted);
  // Bands start at a multiple of their width (20–39, 40–59 …), as people read a score chart.
  const start = Math.floor(min / width) * width;
  const count = Math.floor((max - start) / width) + 1;
  const raw = Array.from({ length: count }, () => 0);
  for (const s of scores) raw[Math.floor((s - start) / width)]++;
  return raw.map((n, i) => ({ low: start + i * width, high: start + (i + 1) * width - 1, count: Math.round(n * weight) }));
}

/** The band width people expect: 1, 2 or 5 times a power of ten, at least `raw`. */
function niceWidth(raw: number): number {
  if (raw <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const step of [1, 2, 5, 10]) if (step * power >= raw) return step * power;
  return 10 * power;
}
