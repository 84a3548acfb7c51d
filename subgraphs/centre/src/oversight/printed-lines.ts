import type { BulletinFiguresView, BulletinRowView, BulletinView } from "./compile-bulletin.ts";

/**
 * The bulletin as it is printed — on the supervisor's screen, in its chart and in the CSV and Excel
 * exports alike, so the three never disagree. By centre: the asking centre's own work (本级, its
 * figures without the tiers below) and then each centre directly below it with its own tiers rolled
 * up. A roll-up is a total: it is never listed beside the centres it sums (that would count a
 * township twice, once on its own and once in its district). The lines add up to the bulletin's
 * total. By department or window the rows are disjoint already and are printed as they are.
 */
export function printedLines(b: BulletinView): BulletinRowView[] {
  if (b.by !== "CENTRE") return b.rows.map((r) => ({ ...r, rolledUp: null }));
  const parents = new Map(b.scope.centres.map((c) => [c.id, c.parentId]));
  // The asking centre is the one whose parent lies outside the scope.
  const centreId = b.scope.centres.find((c) => !c.parentId || !parents.has(c.parentId))?.id;
  const root = b.rows.find((r) => r.key === centreId);
  const children = b.rows.filter((r) => parents.get(r.key) === centreId);
  const own = (r: BulletinRowView, figures: BulletinFiguresView, name: string): BulletinRowView => ({ ...r, name, figures, rolledUp: null });
  return [
    ...(root ? [own(root, root.figures, children.length ? `${root.name}(本级)` : root.name)] : []),
    ...children.map((r) => own(r, r.rolledUp ?? r.figures, r.name)),
  ];
}

/** A share as the screen prints it: "100.0%", or "—" where nothing was counted. */
export const printedPercent = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(1)}%`);
