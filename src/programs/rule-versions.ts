/** The fields that decide which version of a rule applies on a day. */
export interface VersionWindow {
  version: number;
  effectiveFrom: string;
  effectiveTo: string | null;
}

/**
 * The version in force on `date`: among versions starting on or before it, the latest start
 * (the higher version number when two start the same day), unless that version has ended.
 */
export function versionInForce<V extends VersionWindow>(versions: V[], date: string): V | null {
  let best: V | null = null;
  for (const v of versions) {
    if (v.effectiveFrom > date) continue;
    if (!best || v.effectiveFrom > best.effectiveFrom || (v.effectiveFrom === best.effectiveFrom && v.version > best.version)) best = v;
  }
  return best && (best.effectiveTo === null || best.effectiveTo >= date) ? best : null;
}
