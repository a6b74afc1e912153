package org.gongkai.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.DoubleStream;

/**
 * The tables a page's ruling lines draw, found as pdfplumber's lattice finds them: edges snapped and joined, their
 * intersections, the smallest rectangle of connected intersections at each one (a cell; a merged cell has no line
 * through it, so it comes out larger), cells sharing corners gathered into tables. Written here because no Java library
 * on Maven Central does it with merged cells: tabula-java, the only one, has no spanning cells and depends on PDFBox 2.
 */
final class Lattice {

	/** How far apart (in points) two lines may be and still be one: borders drawn twice, cells' own borders. */
	private static final double SNAP = 3;

	private static final double JOIN = 3;

	private static final double INTERSECT = 3;

	private static final double MIN_LENGTH = 3;

	/** A horizontal or vertical segment, top-down coordinates, {@code x0 <= x1}, {@code y0 <= y1}. */
	record Segment(double x0, double y0, double x1, double y1) {

		boolean vertical() {
			return x1 - x0 < y1 - y0;
		}
	}

	/** A cell's rectangle. */
	record Box(double x0, double y0, double x1, double y1) {

		boolean contains(double x, double y) {
			return x >= x0 && x <= x1 && y >= y0 && y <= y1;
		}
	}

	/** A table: its cells, and the distinct x and y of their sides (the grid's column and row edges). */
	record Frame(List<Box> cells, double[] xs, double[] ys) {

		Box bounds() {
			return new Box(xs[0], ys[0], xs[xs.length - 1], ys[ys.length - 1]);
		}

		int column(double x) {
			return index(xs, x);
		}

		int row(double y) {
			return index(ys, y);
		}

		private static int index(double[] edges, double value) {
			int i = Arrays.binarySearch(edges, value);
			return i >= 0 ? i : -i - 2;
		}
	}

	private record Point(double x, double y) {
	}

	private Lattice() {
	}

	/** The tables of a page, top to bottom; a lone rectangle (a frame around text) is no table. */
	static List<Frame> tables(List<Segment> segments) {
		List<Segment> vertical = join(snap(segments.stream().filter(Segment::vertical).toList(), true), true);
		List<Segment> horizontal = join(snap(segments.stream().filter(s -> !s.vertical()).toList(), false), false);
		Map<Point, Set<Integer>[]> intersections = intersections(vertical, horizontal);
		List<Box> cells = cells(intersections);
		List<Frame> frames = new ArrayList<>();
		for (List<Box> group : groups(cells)) {
			if (group.size() >= 2) {
				frames.add(frame(group));
			}
		}
		frames.sort(Comparator.comparingDouble((Frame f) -> f.ys()[0]).thenComparingDouble(f -> f.xs()[0]));
		return frames;
	}

	/** Lines within {@link #SNAP} of each other (chained) are moved to their mean position. */
	private static List<Segment> snap(List<Segment> segments, boolean vertical) {
		List<Segment> sorted = new ArrayList<>(segments);
		sorted.sort(Comparator.comparingDouble(s -> vertical ? s.x0() : s.y0()));
		List<Segment> snapped = new ArrayList<>();
		int start = 0;
		for (int i = 1; i <= sorted.size(); i++) {
			if (i == sorted.size() || position(sorted.get(i), vertical) - position(sorted.get(i - 1), vertical) > SNAP) {
				double mean = sorted.subList(start, i).stream().mapToDouble(s -> position(s, vertical)).average().orElse(0);
				for (Segment s : sorted.subList(start, i)) {
					snapped.add(vertical ? new Segment(mean, s.y0(), mean, s.y1()) : new Segment(s.x0(), mean, s.x1(), mean));
				}
				start = i;
			}
		}
		return snapped;
	}

	private static double position(Segment s, boolean vertical) {
		return vertical ? s.x0() : s.y0();
	}

	/** Segments on one line that overlap or nearly touch become one; short ones are dropped. */
	private static List<Segment> join(List<Segment> segments, boolean vertical) {
		Map<Double, List<Segment>> lines = new TreeMap<>();
		for (Segment s : segments) {
			lines.computeIfAbsent(position(s, vertical), k -> new ArrayList<>()).add(s);
		}
		List<Segment> joined = new ArrayList<>();
		for (Map.Entry<Double, List<Segment>> line : lines.entrySet()) {
			List<Segment> parts = line.getValue();
			parts.sort(Comparator.comparingDouble(s -> vertical ? s.y0() : s.x0()));
			double from = Double.NaN;
			double to = Double.NaN;
			for (Segment s : parts) {
				double a = vertical ? s.y0() : s.x0();
				double b = vertical ? s.y1() : s.x1();
				if (!Double.isNaN(from) && a <= to + JOIN) {
					to = Math.max(to, b);
					continue;
				}
				add(joined, line.getKey(), from, to, vertical);
				from = a;
				to = b;
			}
			add(joined, line.getKey(), from, to, vertical);
		}
		return joined;
	}

	private static void add(List<Segment> joined, double at, double from, double to, boolean vertical) {
		if (!Double.isNaN(from) && to - from >= MIN_LENGTH) {
			joined.add(vertical ? new Segment(at, from, at, to) : new Segment(from, at, to, at));
		}
	}

	/** Where a vertical and a horizontal edge meet, with the edges that pass there ([0] vertical, [1] horizontal). */
	@SuppressWarnings("unchecked")
	private static Map<Point, Set<Integer>[]> intersections(List<Segment> vertical, List<Segment> horizontal) {
		Map<Point, Set<Integer>[]> points = new HashMap<>();
		for (int v = 0; v < vertical.size(); v++) {
			Segment ve = vertical.get(v);
			for (int h = 0; h < horizontal.size(); h++) {
				Segment he = horizontal.get(h);
				if (he.y0() >= ve.y0() - INTERSECT && he.y0() <= ve.y1() + INTERSECT && ve.x0() >= he.x0() - INTERSECT
						&& ve.x0() <= he.x1() + INTERSECT) {
					Set<Integer>[] edges = points.computeIfAbsent(new Point(ve.x0(), he.y0()), p -> new Set[] { new HashSet<>(), new HashSet<>() });
					edges[0].add(v);
					edges[1].add(h);
				}
			}
		}
		return points;
	}

	/** At each intersection, the smallest rectangle below and to its right whose four sides are drawn. */
	private static List<Box> cells(Map<Point, Set<Integer>[]> intersections) {
		List<Point> points = new ArrayList<>(intersections.keySet());
		points.sort(Comparator.comparingDouble(Point::x).thenComparingDouble(Point::y));
		Map<Double, List<Point>> byX = new HashMap<>();
		Map<Double, List<Point>> byY = new HashMap<>();
		for (Point p : points) {
			byX.computeIfAbsent(p.x(), k -> new ArrayList<>()).add(p);
			byY.computeIfAbsent(p.y(), k -> new ArrayList<>()).add(p);
		}
		List<Box> cells = new ArrayList<>();
		for (Point corner : points) {
			Box cell = smallestCell(corner, byX.get(corner.x()), byY.get(corner.y()), intersections);
			if (cell != null) {
				cells.add(cell);
			}
		}
		return cells;
	}

	private static Box smallestCell(Point corner, List<Point> column, List<Point> row, Map<Point, Set<Integer>[]> intersections) {
		for (Point below : column) {
			if (below.y() <= corner.y() || !connected(corner, below, intersections, 0)) {
				continue;
			}
			for (Point right : row) {
				if (right.x() <= corner.x() || !connected(corner, right, intersections, 1)) {
					continue;
				}
				Point opposite = new Point(right.x(), below.y());
				if (intersections.containsKey(opposite) && connected(opposite, right, intersections, 0)
						&& connected(opposite, below, intersections, 1)) {
					return new Box(corner.x(), corner.y(), opposite.x(), opposite.y());
				}
			}
		}
		return null;
	}

	/** Whether one edge (of kind 0 vertical, 1 horizontal) passes through both points. */
	private static boolean connected(Point a, Point b, Map<Point, Set<Integer>[]> intersections, int kind) {
		Set<Integer> shared = new HashSet<>(intersections.get(a)[kind]);
		shared.retainAll(intersections.get(b)[kind]);
		return !shared.isEmpty();
	}

	/** Cells that share a corner belong to one table. */
	private static List<List<Box>> groups(List<Box> cells) {
		int[] parent = new int[cells.size()];
		Arrays.setAll(parent, i -> i);
		Map<Point, Integer> firstAt = new HashMap<>();
		for (int i = 0; i < cells.size(); i++) {
			Box c = cells.get(i);
			for (Point p : List.of(new Point(c.x0(), c.y0()), new Point(c.x1(), c.y0()), new Point(c.x0(), c.y1()), new Point(c.x1(), c.y1()))) {
				Integer other = firstAt.putIfAbsent(p, i);
				if (other != null) {
					parent[root(parent, i)] = root(parent, other);
				}
			}
		}
		Map<Integer, List<Box>> groups = new TreeMap<>();
		for (int i = 0; i < cells.size(); i++) {
			groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(cells.get(i));
		}
		return new ArrayList<>(groups.values());
	}

	private static int root(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	private static Frame frame(List<Box> cells) {
		double[] xs = cells.stream().flatMapToDouble(c -> DoubleStream.of(c.x0(), c.x1())).distinct().sorted().toArray();
		double[] ys = cells.stream().flatMapToDouble(c -> DoubleStream.of(c.y0(), c.y1())).distinct().sorted().toArray();
		return new Frame(List.copyOf(cells), xs, ys);
	}
}
