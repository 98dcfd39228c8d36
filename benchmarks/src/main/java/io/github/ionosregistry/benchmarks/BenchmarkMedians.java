package io.github.ionosregistry.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds the tables of several whole runs into one: for each row, the median result and ratio with their range over
 * the runs, and the target column of the run whose ratio is the median. Usage: {@code BenchmarkMedians <out> <run>...}.
 */
public final class BenchmarkMedians {

	private static final Pattern NUMBER = Pattern.compile("^-?\\d+(\\.\\d+)?");

	/** A ratio against another client in a target cell, such as {@code 1.31× the Node SDK (≥ 1.1: holds)}. */
	private static final Pattern AGAINST = Pattern
		.compile("(\\d+\\.\\d+)× the ([^(;]+?) \\(≥ (\\d+(?:\\.\\d+)?): (?:holds|missed)\\)");

	private BenchmarkMedians() {
	}

	record Row(String result, String ratio, String target) {
	}

	public static void main(String[] args) throws IOException {
		Map<String, List<Row>> rows = new LinkedHashMap<>();
		String machine = "";
		for (int i = 1; i < args.length; i++) {
			for (String line : Files.readAllLines(Path.of(args[i]))) {
				if (line.startsWith("Machine: ")) {
					machine = line;
				}
				String[] cells = line.split("\\|", -1);
				if (cells.length == 6 && !cells[1].isBlank() && !cells[1].contains("---")
						&& !cells[1].strip().equals("benchmark")) {
					// A duration of the run in the name, such as "(24846 ms)", would keep the runs apart.
					String benchmark = cells[1].strip().replaceAll(" \\(\\d+ ms\\)", "");
					rows.computeIfAbsent(benchmark, (key) -> new ArrayList<>())
						.add(new Row(cells[2].strip(), cells[3].strip(), cells[4].strip()));
				}
			}
		}
		int runs = args.length - 1;
		StringBuilder table = new StringBuilder(machine + "\n\nEach figure: the median of " + runs
				+ " whole runs, [lowest–highest] after it.\n\n"
				+ "| benchmark | result | ratio (side by side) | target (in the median run) |\n| --- | --- | --- | --- |\n");
		rows.forEach((benchmark, measured) -> {
			List<Row> byRatio = new ArrayList<>(measured);
			byRatio.sort(Comparator.comparingDouble((Row row) -> number(row.ratio(), 0)));
			Row median = byRatio.get(byRatio.size() / 2);
			table.append("| ").append(benchmark).append(" | ").append(summary(measured, Row::result)).append(" | ")
				.append(summary(measured, Row::ratio)).append(" | ").append(targets(median.target(), measured))
				.append(" |\n");
		});
		Files.writeString(Path.of(args[0]), table.toString());
		System.out.println(table);
	}

	/**
	 * The median run's target cell, with each ratio against another client ("1.31× the Node SDK (≥ 1.1: holds)")
	 * replaced by its own median over the runs, with its range, and judged by that median.
	 */
	static String targets(String target, List<Row> runs) {
		Matcher matcher = AGAINST.matcher(target);
		StringBuilder result = new StringBuilder();
		int index = 0;
		while (matcher.find()) {
			List<Double> values = new ArrayList<>();
			for (Row run : runs) {
				Matcher other = AGAINST.matcher(run.target());
				for (int i = 0; i <= index && other.find(); i++) {
					if (i == index) {
						values.add(Double.parseDouble(other.group(1)));
					}
				}
			}
			values.sort(Double::compare);
			double median = values.get(values.size() / 2);
			double wanted = Double.parseDouble(matcher.group(3));
			String judged = format(median, true) + "× [" + format(values.get(0), true) + "–"
					+ format(values.get(values.size() - 1), true) + "] the " + matcher.group(2) + " (≥ "
					+ matcher.group(3) + ": " + ((median >= wanted) ? "holds" : "missed") + ")";
			matcher.appendReplacement(result, Matcher.quoteReplacement(judged));
			index++;
		}
		matcher.appendTail(result);
		return result.toString();
	}

	private static String summary(List<Row> rows, java.util.function.Function<Row, String> cell) {
		if (Pattern.compile("\\d+(\\.\\d+)?").matcher(cell.apply(rows.get(0))).results().count() > 1) {
			// A cell of several figures, such as a heap before and after: the median run's, as it is.
			return cell.apply(rows.get(rows.size() / 2));
		}
		List<Double> values = new ArrayList<>();
		for (Row row : rows) {
			Matcher number = NUMBER.matcher(cell.apply(row));
			if (!number.find()) {
				return cell.apply(rows.get(rows.size() / 2));
			}
			values.add(Double.parseDouble(number.group()));
		}
		values.sort(Double::compare);
		String unit = cell.apply(rows.get(0)).replaceFirst(NUMBER.pattern(), "");
		boolean decimals = cell.apply(rows.get(0)).contains(".");
		return format(values.get(values.size() / 2), decimals) + unit + " [" + format(values.get(0), decimals) + "–"
				+ format(values.get(values.size() - 1), decimals) + "]";
	}

	private static String format(double value, boolean decimals) {
		return decimals ? String.format(Locale.ROOT, "%.2f", value) : Long.toString(Math.round(value));
	}

	private static double number(String text, double otherwise) {
		Matcher number = NUMBER.matcher(text);
		return number.find() ? Double.parseDouble(number.group()) : otherwise;
	}

}
