export interface ScreenPoint<T> {
  x: number;
  y: number;
  item: T;
}

export interface PointGroup<T> {
  /** The mean position of the members, in screen pixels. */
  x: number;
  y: number;
  items: T[];
}

/**
 * Groups points that would be drawn on top of each other: each point joins the
 * first group whose first point is closer than `radius` pixels, else starts
 * its own. Deterministic for a given order, so markers do not jump around.
 */
export function groupOverlapping<T>(
  points: readonly ScreenPoint<T>[],
  radius: number,
): PointGroup<T>[] {
  const groups: { anchor: ScreenPoint<T>; members: ScreenPoint<T>[] }[] = [];
  for (const point of points) {
    const near = groups.find(
      ({ anchor }) => (anchor.x - point.x) ** 2 + (anchor.y - point.y) ** 2 < radius * radius,
    );
    if (near) near.members.push(point);
    else groups.push({ anchor: point, members: [point] });
  }
  return groups.map(({ members }) => ({
    x: members.reduce((sum, member) => sum + member.x, 0) / members.length,
    y: members.reduce((sum, member) => sum + member.y, 0) / members.length,
    items: members.map((member) => member.item),
  }));
}
