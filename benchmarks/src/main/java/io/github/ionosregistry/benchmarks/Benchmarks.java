package io.github.ionosregistry.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.ionosregistry.benchmarks.startup.RestClientOnlyStartupApplication;
import io.github.ionosregistry.benchmarks.startup.StarterStartupApplication;
import io.github.ionosregistry.emulator.EmulatedToken;
import io.github.ionosregistry.emulator.EmulatorCredentials;
import io.github.ionosregistry.emulator.TokensEmulator;
import io.github.ionosregistry.tokens.TokensApi;
import io.github.ionosregistry.tokens.model.TokensResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs every benchmark side by side against a loopback server and prints the table of results, also written to
 * {@code benchmarks/target/results.md}. Arguments pick some of {@code startup}, {@code throughput},
 * {@code latency}, {@code decoding}, {@code listall}; none runs all.
 */
public final class Benchmarks {

	private static final List<String> FACTORIES = List.of("http-components", "jdk", "simple");

	private static final Duration WARM_UP = Duration.ofSeconds(3);

	private static final int ROUNDS = 5;

	private static final Duration ROUND = Duration.ofSeconds(1);

	private static final int STARTUP_RUNS = 21;

	private static final Duration LATENCY = Duration.ofMillis(20);

	private static final int CONCURRENT_CALLERS = 32;

	private final List<String> rows = new ArrayList<>();

	private Benchmarks() {
	}

	public static void main(String[] args) throws Exception {
		new Benchmarks().runAll(List.of(args));
	}

	private void runAll(List<String> only) throws Exception {
		// Start-up first, while this JVM is idle: its JIT and GC threads would otherwise share the two cores.
		if (only.isEmpty() || only.contains("startup")) {
			startup();
		}
		try (LoopbackTokensServer server = new LoopbackTokensServer()) {
			if (only.isEmpty() || only.contains("throughput")) {
				throughput(server);
			}
			if (only.isEmpty() || only.contains("latency")) {
				concurrentCallersOverLatency();
			}
			if (only.isEmpty() || only.contains("decoding")) {
				decoding(server);
			}
			if (only.isEmpty() || only.contains("listall")) {
				listAll(server);
			}
		}
		String table = "| benchmark | result | ratio (side by side) | target |\n| --- | --- | --- | --- |\n"
				+ String.join("\n", this.rows) + "\n";
		String report = "Machine: " + machine() + "\n\n" + table;
		System.out.println(report);
		Path results = Path.of("benchmarks", "target", "results.md");
		if (Files.isDirectory(Path.of("benchmarks", "target"))) {
			Files.writeString(results, report);
		}
	}

	private void throughput(LoopbackTokensServer server) throws Exception {
		JdkHttpClientFloor floor = new JdkHttpClientFloor(server.apiUrl());
		List<ConfigurableApplicationContext> contexts = new ArrayList<>();
		try {
			List<Throughput.Scenario> findById = new ArrayList<>();
			List<Throughput.Scenario> list = new ArrayList<>();
			findById.add(new Throughput.Scenario("floor", () -> floor.findById(LoopbackTokensServer.REGISTRY_ID,
					LoopbackTokensServer.TOKEN_ID)));
			list.add(new Throughput.Scenario("floor", () -> floor.list(LoopbackTokensServer.REGISTRY_ID)));
			for (String factory : FACTORIES) {
				ConfigurableApplicationContext context = ClientApplication.start(server.apiUrl(), factory);
				contexts.add(context);
				TokensApi api = context.getBean(TokensApi.class);
				findById.add(new Throughput.Scenario(factory, () -> api
					.registriesTokensFindById(LoopbackTokensServer.REGISTRY_ID, LoopbackTokensServer.TOKEN_ID)));
				list.add(new Throughput.Scenario(factory,
						() -> check(api.registriesTokensGet(LoopbackTokensServer.REGISTRY_ID))));
			}
			report("findById, calls/s", Throughput.measure(findById, WARM_UP, ROUNDS, ROUND), "http-components",
					1.5);
			report("list page of 100, calls/s", Throughput.measure(list, WARM_UP, ROUNDS, ROUND), "http-components",
					1.2);
		}
		finally {
			contexts.forEach(ConfigurableApplicationContext::close);
		}
	}

	/**
	 * Many callers at once against the emulator answering after 20 ms, as a remote service would: whether the
	 * client's connections hold them back.
	 */
	private void concurrentCallersOverLatency() throws Exception {
		try (TokensEmulator server = TokensEmulator.builder()
			.credentials(EmulatorCredentials.token(LoopbackTokensServer.TOKEN))
			.latency(LATENCY)
			.start()) {
			server.seed(LoopbackTokensServer.REGISTRY_ID, EmulatedToken.named("benchmark").withId(LoopbackTokensServer.TOKEN_ID));
			JdkHttpClientFloor floor = new JdkHttpClientFloor(server.apiUrl());
			ConfigurableApplicationContext starterDefaults = ClientApplication.start(server.apiUrl(),
					"http-components");
			ConfigurableApplicationContext apachePoolDefault = ClientApplication.start(server.apiUrl(),
					"http-components", "ionos.registry.max-connections=5");
			try {
				TokensApi api = starterDefaults.getBean(TokensApi.class);
				TokensApi fiveConnections = apachePoolDefault.getBean(TokensApi.class);
				Map<String, Double> rates = Throughput.measureConcurrently(List.of(
						new Throughput.Scenario("floor",
								() -> floor.findById(LoopbackTokensServer.REGISTRY_ID, LoopbackTokensServer.TOKEN_ID)),
						new Throughput.Scenario("starter defaults",
								() -> api.registriesTokensFindById(LoopbackTokensServer.REGISTRY_ID,
										LoopbackTokensServer.TOKEN_ID)),
						new Throughput.Scenario("max-connections=5 (Apache HttpClient's default pool)",
								() -> fiveConnections.registriesTokensFindById(LoopbackTokensServer.REGISTRY_ID,
										LoopbackTokensServer.TOKEN_ID))),
						CONCURRENT_CALLERS, WARM_UP, ROUNDS, ROUND);
				String benchmark = "findById, " + CONCURRENT_CALLERS + " callers, emulator answering after "
						+ LATENCY.toMillis() + " ms, calls/s";
				double floorRate = rate(rates, "floor");
				rates.forEach((name, rate) -> {
					String label = name.equals("floor") ? "floor: JDK HttpClient, no Spring" : "TokensApi, " + name;
					String goal = name.equals("starter defaults")
							? "≥ 0.9× floor: " + ((rate / floorRate >= 0.9) ? "holds" : "missed") : "";
					this.rows.add("| " + benchmark + ": " + label + " | " + Math.round(rate) + " | "
							+ format(rate / floorRate) + " | " + goal + " |");
				});
			}
			finally {
				starterDefaults.close();
				apachePoolDefault.close();
			}
		}
	}

	private void report(String benchmark, Map<String, Double> rates, String starterDefault, double target) {
		double floor = rate(rates, "floor");
		rates.forEach((name, rate) -> {
			String label = name.equals("floor") ? "floor: JDK HttpClient + Jackson defaults, no Spring"
					: "TokensApi on " + name + (name.equals(starterDefault) ? " (starter default)" : "");
			String ratio = name.equals("floor") ? "1.00" : format(rate / floor);
			String goal = name.equals(starterDefault)
					? "≥ " + target + "× floor: " + ((rate / floor >= target) ? "holds" : "missed") : "";
			this.rows.add("| " + benchmark + ": " + label + " | " + Math.round(rate) + " | " + ratio + " | " + goal
					+ " |");
		});
	}

	private void decoding(LoopbackTokensServer server) throws Exception {
		byte[] page = server.pageBytes();
		JsonMapper mapper = JsonMapper.builder().build();
		Map<String, Double> rates = Throughput.measure(List.of(
				new Throughput.Scenario("jackson-defaults",
						() -> mapper.readValue(page, JacksonDefaultsModel.Page.class)),
				new Throughput.Scenario("ours", () -> check(mapper.readValue(page, TokensResponse.class)))), WARM_UP,
				ROUNDS, ROUND);
		double ratio = rate(rates, "ours") / rate(rates, "jackson-defaults");
		this.rows.add("| decode a 100-token page, pages/s: Jackson's defaults | "
				+ Math.round(rate(rates, "jackson-defaults")) + " | 1.00 | |");
		this.rows.add("| decode a 100-token page, pages/s: this client's records | " + Math.round(rate(rates, "ours"))
				+ " | " + format(ratio) + " | ≥ 1.5× Jackson's defaults: " + ((ratio >= 1.5) ? "holds" : "missed")
				+ " |");
	}

	private void listAll(LoopbackTokensServer server) throws Exception {
		String output = ChildJvm.run(List.of("-Xmx64m"), System.getProperty("java.class.path"),
				ListAllRun.class.getName(), server.apiUrl(), LoopbackTokensServer.LARGE_REGISTRY_ID.toString());
		long tokens = ChildJvm.value(output, "tokens");
		long millis = ChildJvm.value(output, "ms");
		long peak = ChildJvm.value(output, "peakHeapMiB");
		boolean holds = tokens == LoopbackTokensServer.LARGE_TOTAL;
		this.rows.add("| listAll over " + LoopbackTokensServer.LARGE_TOTAL + " tokens with -Xmx64m | " + tokens
				+ " tokens in " + millis + " ms (" + Math.round(tokens * 1000.0 / millis) + " tokens/s), peak heap "
				+ peak + " MiB | | completes in 64 MB: " + (holds ? "holds" : "missed") + " |");
	}

	private void startup() throws IOException, InterruptedException {
		String classpath = System.getProperty("java.class.path");
		String restClientOnly = Arrays.stream(classpath.split(File.pathSeparator))
			.filter((entry) -> !entry.contains("ionos-registry-spring-boot-autoconfigure")
					&& !entry.contains("ionos-registry-spring-boot-starter") && !entry.contains("httpclient5")
					&& !entry.contains("httpcore5"))
			.collect(Collectors.joining(File.pathSeparator));
		List<String> options = List.of("-XX:TieredStopAtLevel=1");
		String[] args = { "--ionos.registry.token=" + LoopbackTokensServer.TOKEN, "--spring.main.banner-mode=off",
				"--spring.main.log-startup-info=false", "--logging.level.root=WARN" };
		List<Double> starter = new ArrayList<>();
		List<Double> baseline = new ArrayList<>();
		ChildJvm.run(options, classpath, StarterStartupApplication.class.getName(), args);
		for (int i = 0; i < STARTUP_RUNS; i++) {
			baseline.add((double) ChildJvm.value(ChildJvm.run(options, restClientOnly,
					RestClientOnlyStartupApplication.class.getName(), args), "ready-ms"));
			starter.add((double) ChildJvm.value(
					ChildJvm.run(options, classpath, StarterStartupApplication.class.getName(), args), "ready-ms"));
		}
		double starterMedian = Throughput.median(starter);
		double baselineMedian = Throughput.median(baseline);
		double ratio = starterMedian / baselineMedian;
		this.rows.add("| start-up to a ready context, median of " + STARTUP_RUNS
				+ " runs: spring-boot-starter-restclient only | " + Math.round(baselineMedian) + " ms | 1.00 | |");
		this.rows.add("| start-up to a ready context, median of " + STARTUP_RUNS + " runs: with this starter | "
				+ Math.round(starterMedian) + " ms | " + format(ratio) + " | ≤ 1.05× restclient only: "
				+ ((ratio <= 1.05) ? "holds" : "missed") + " |");
	}

	private static void check(TokensResponse page) {
		if (page.items().isEmpty()) {
			throw new IllegalStateException("empty page");
		}
	}

	private static String format(double ratio) {
		return String.format(Locale.ROOT, "%.2f", ratio);
	}

	private static String machine() throws IOException {
		String cpu = "unknown CPU";
		Path cpuInfo = Path.of("/proc/cpuinfo");
		if (Files.isReadable(cpuInfo)) {
			cpu = Files.readAllLines(cpuInfo).stream()
				.filter((line) -> line.startsWith("model name"))
				.map((line) -> line.substring(line.indexOf(':') + 1).strip())
				.findFirst()
				.orElse(cpu);
		}
		return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), "
				+ (Runtime.getRuntime().maxMemory() >> 20) + " MiB max heap, Java " + System.getProperty("java.version")
				+ ", " + System.getProperty("os.name") + " " + System.getProperty("os.arch");
	}

	private static double rate(Map<String, Double> rates, String scenario) {
		Double rate = rates.get(scenario);
		if (rate == null) {
			throw new IllegalStateException("No rate measured for " + scenario);
		}
		return rate;
	}

}
