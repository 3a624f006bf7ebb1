import type * as Plot from "@observablehq/plot";

type Vertex = [number, number];

/** Squared distance from `p` to the segment from `a` to `b`. */
function squaredSegmentDistance(p: Vertex, a: Vertex, b: Vertex): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length));
  const x = a[0] + t * dx - p[0];
  const y = a[1] + t * dy - p[1];
  return x * x + y * y;
}

/** Ramer–Douglas–Peucker: keeps the ends and every vertex farther than the tolerance from the simplified line. */
function simplifyLine(points: readonly Vertex[], squaredTolerance: number): Vertex[] {
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let farthestDistance = squaredTolerance;
    for (let i = first + 1; i < last; i++) {
      const distance = squaredSegmentDistance(points[i]!, points[first]!, points[last]!);
      if (distance > farthestDistance) {
        farthest = i;
        farthestDistance = distance;
      }
    }
    if (farthest < 0) continue;
    keep[farthest] = 1;
    stack.push([first, farthest], [farthest, last]);
  }
  return points.filter((_, i) => keep[i] === 1);
}

function formatVertex(point: Vertex): string {
  return `${Math.round(point[0] * 100) / 100},${Math.round(point[1] * 100) / 100}`;
}

/**
 * Simplifies an SVG path made only of M, L and Z commands (as d3-geo's path
 * writes contours) to within `tolerance` pixels, and returns it unchanged
 * when it contains any other command. A closed ring is split at its farthest
 * vertex from the start so both halves keep their shape.
 */
export function simplifyPath(d: string, tolerance: number): string {
  if (/[^MLZ\d\s,.eE+-]/.test(d)) return d;
  const squaredTolerance = tolerance * tolerance;
  const parts: string[] = [];
  for (const match of d.matchAll(/M([^MZ]*)(Z?)/g)) {
    const points = match[1]!.split("L").map((pair) => pair.split(",").map(Number) as Vertex);
    const closed = match[2] === "Z";
    let simplified: Vertex[];
    if (closed && points.length > 3) {
      let split = 1;
      for (let i = 1; i < points.length; i++) {
        if (squaredSegmentDistance(points[i]!, points[0]!, points[0]!) > squaredSegmentDistance(points[split]!, points[0]!, points[0]!)) split = i;
      }
      const head = simplifyLine(points.slice(0, split + 1), squaredTolerance);
      const tail = simplifyLine([...points.slice(split), points[0]!], squaredTolerance);
      simplified = [...head, ...tail.slice(1, -1)];
    } else {
      simplified = points.length > 2 ? simplifyLine(points, squaredTolerance) : points;
    }
    parts.push(`M${simplified.map(formatVertex).join("L")}${closed ? "Z" : ""}`);
  }
  return parts.join("");
}

/** Returns a Plot render transform that simplifies every path the mark draws to within `tolerance` pixels. */
export function simplifyPaths(tolerance: number): Plot.RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const group = next!(index, scales, values, dimensions, context);
    for (const path of Array.from(group?.querySelectorAll("path[d]") ?? [])) {
      path.setAttribute("d", simplifyPath(path.getAttribute("d")!, tolerance));
    }
    return group;
  };
}
