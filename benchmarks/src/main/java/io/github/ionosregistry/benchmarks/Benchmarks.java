package io.github.ionosregistry.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
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
import io.github.ionosregistry.tokens.TokensApiBuilder;
import io.github.ionosregistry.tokens.model.TokensResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs every benchmark side by side against a loopback server and prints the table of results, also written to
 * {@code benchmarks/target/results.md}. Arguments pick some of {@code startup}, {@code throughput},
 * {@code latency}, {@code decoding}, {@code listall}, {@code emulator}, {@code rotationcalls}; none runs all.
 */
public final class Benchmarks {

	/** The two libraries the client builds its own HTTP client on, as Boot's property names them. */
	private static final List<String> LIBRARIES = List.of("jdk", "http-components");

	private static final Duration WARM_UP = Duration.ofSeconds(6);

	private static final int ROUNDS = 7;

	/** The Node SDK's warm-up before each of its rounds, each in a process of its own. */
	private static final Duration NODE_WARM_UP = Duration.ofSeconds(2);

	private static final Duration ROUND = Duration.ofSeconds(1);

	private static final int STARTUP_RUNS = 21;

	private static final int FIRST_CALL_RUNS = 5;

	private static final List<String> OTHER_CLIENTS = List.of("service-client", "jdk-client");

	private static final int FOOTPRINT_RUNS = 5;

	private static final Duration LATENCY = Duration.ofMillis(20);

	private static final int CPU_BOUND_CALLERS = 16;

	private static final int LATENCY_BOUND_CALLERS = 32;

	private final List<String> rows = new ArrayList<>();

	/** The server of the throughput scenarios, for the table's header. */
	private String serverUsed = "a loopback server in the benchmark's JVM";

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
		if (only.isEmpty() || only.contains("footprint")) {
			footprint();
		}
		try (LoopbackTokensServer server = new LoopbackTokensServer()) {
			if (only.isEmpty() || only.contains("throughput")) {
				throughput(server);
			}
			if (only.isEmpty() || only.contains("latency")) {
				concurrentCallersOverLatency();
			}
			if (only.isEmpty() || only.contains("firstcall")) {
				firstCall(server);
			}
			if (only.isEmpty() || only.contains("ownclient")) {
				ownClientBeforeAndAfter();
			}
			if (only.isEmpty() || only.contains("decoding")) {
				decoding(server);
			}
			if (only.isEmpty() || only.contains("listall")) {
				listAll(server);
			}
			if (only.isEmpty() || only.contains("emulator")) {
				emulatorHeap();
			}
			if (only.isEmpty() || only.contains("rotationcalls")) {
				rotationCalls();
			}
		}
		String table = "| benchmark | result | ratio (side by side) | target |\n| --- | --- | --- | --- |\n"
				+ String.join("\n", this.rows) + "\n";
		String report = "Machine: " + machine() + "; server of the throughput rows: " + this.serverUsed + "\n\n"
				+ table;
		System.out.println(report);
		Path results = Path.of(System.getProperty("benchmarks.results", "benchmarks/target/results.md"));
		if (Files.isDirectory(Path.of("benchmarks", "target"))) {
			Files.writeString(results, report);
		}
	}

	/** API calls of one replica's scheduled rotation at production settings, over a simulated quarter. */
	private void rotationCalls() {
		RotationCallsRun.Calls calls = RotationCallsRun.run();
		this.rows.add(String.format(Locale.ROOT, "| API calls per replica per hour of scheduled rotation (check %s, "
				+ "tokens rotated after %s, a lease of %s, grace %s; %d simulated checks, %d tokens made: %s) | %.3f "
				+ "| - | - |", RotationCallsRun.CHECK_INTERVAL.toHours() + "h",
				RotationCallsRun.PRODUCTION.rotateAfter().toDays() + "d",
				RotationCallsRun.PRODUCTION.lease().toHours() + "h",
				RotationCallsRun.PRODUCTION.retireAfter().toDays() + "d", calls.checks(), calls.tokensMade(),
				calls.byMethod(), calls.perHour()));
	}

	/**
	 * CPU-bound: a server that is not the bottleneck (nginx serving the same JSON from files, in a process of its own;
	 * the JDK's server in this JVM only where nginx is missing), its own limit measured by wrk, the Node SDK, the floor
	 * (a hand-written JDK client), the HTTP service client a user writes instead, and the TokensApi, each on the JDK
	 * client and on Apache HttpClient 5; one caller and 16. Every scenario, those of other processes included, takes
	 * its turn in every round; each scenario's CPU time per 1 000 calls is measured beside its rate.
	 */
	private void throughput(LoopbackTokensServer loopback) throws Exception {
		Path nginx = NginxTokensServer.nginx();
		NginxTokensServer server = (nginx != null)
				? NginxTokensServer.start(nginx, loopback.tokenBytes(), loopback.pageBytes()) : null;
		this.serverUsed = (nginx != null) ? "nginx " + nginxVersion(nginx) + " (2 workers) on loopback"
				: "the JDK's HttpServer with 2 threads in the benchmark's JVM (nginx is not installed)";
		String apiUrl = (server != null) ? server.apiUrl() : loopback.apiUrl();
		JdkHttpClientFloor floor = new JdkHttpClientFloor(apiUrl);
		List<ConfigurableApplicationContext> contexts = new ArrayList<>();
		try {
			List<Throughput.Scenario> find = new ArrayList<>();
			List<Throughput.Scenario> page = new ArrayList<>();
			Path wrk = WrkLoad.wrk();
			if (wrk != null && server != null) {
				find.add(Throughput.Scenario.external(WrkLoad.LABEL, (callers, round) -> new Throughput.Rate(
						WrkLoad.round(wrk, server.tokenUrl(), callers, round), Double.NaN)));
				page.add(Throughput.Scenario.external(WrkLoad.LABEL, (callers, round) -> new Throughput.Rate(
						WrkLoad.round(wrk, server.pageUrl(), callers, round), Double.NaN)));
			}
			String withoutNode = NodeSdk.install();
			if (withoutNode != null) {
				System.out.println("The Node SDK rows are left out: " + withoutNode);
			}
			else {
				find.add(Throughput.Scenario.external(NodeSdk.LABEL,
						(callers, round) -> NodeSdk.round(apiUrl, "find", callers, NODE_WARM_UP, round)));
				page.add(Throughput.Scenario.external(NodeSdk.LABEL,
						(callers, round) -> NodeSdk.round(apiUrl, "page", callers, NODE_WARM_UP, round)));
			}
			find.add(new Throughput.Scenario("floor", () -> floor.findById(LoopbackTokensServer.REGISTRY_ID,
					LoopbackTokensServer.TOKEN_ID)));
			page.add(new Throughput.Scenario("floor", () -> floor.list(LoopbackTokensServer.REGISTRY_ID)));
			for (String library : LIBRARIES) {
				ConfigurableApplicationContext context = ClientApplication.start(apiUrl, library);
				contexts.add(context);
				TokensService service = ClientApplication.serviceClient(context, apiUrl);
				find.add(new Throughput.Scenario("service client on " + library,
						() -> service.find(LoopbackTokensServer.REGISTRY_ID, LoopbackTokensServer.TOKEN_ID)));
				page.add(new Throughput.Scenario("service client on " + library,
						() -> check(service.list(LoopbackTokensServer.REGISTRY_ID, 0, 100))));
			}
			for (String library : LIBRARIES) {
				TokensApi api = contexts.get(LIBRARIES.indexOf(library)).getBean(TokensApi.class);
				find.add(new Throughput.Scenario("TokensApi on " + library, () -> api
					.registriesTokensFindById(LoopbackTokensServer.REGISTRY_ID, LoopbackTokensServer.TOKEN_ID)));
				page.add(new Throughput.Scenario("TokensApi on " + library,
						() -> check(api.registriesTokensGet(LoopbackTokensServer.REGISTRY_ID))));
			}
			for (int callers : List.of(1, CPU_BOUND_CALLERS)) {
				String who = callers + ((callers == 1) ? " caller" : " callers");
				compareSideBySide("find, " + who, Throughput.medians(
						Throughput.measureSideBySide(find, callers, WARM_UP, ROUNDS, ROUND)), Map.of("jdk", 1.0));
				compareSideBySide("list page of 100, " + who, Throughput.medians(
						Throughput.measureSideBySide(page, callers, WARM_UP, ROUNDS, ROUND)), Map.of("jdk", 1.3));
			}
		}
		finally {
			contexts.forEach(ConfigurableApplicationContext::close);
			if (server != null) {
				server.close();
			}
		}
	}

	private static String nginxVersion(Path nginx) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(nginx.toString(), "-v").redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		process.waitFor();
		return output.replace("nginx version: nginx/", "").strip();
	}

	/**
	 * The rows of one comparison: each scenario's rate against the floor and, for the TokensApi, against the service
	 * client on its library and, on the JDK client, against the Node SDK (target 1.1×); each rate as a fraction of
	 * the server's limit; then each scenario's CPU time per 1 000 calls against the floor's.
	 */
	private void compareSideBySide(String benchmark, Map<String, Throughput.Rate> rates,
			Map<String, Double> floorTargets) {
		Throughput.Rate floor = rateOf(rates, "floor");
		Throughput.Rate limit = rates.get(WrkLoad.LABEL);
		rates.forEach((name, rate) -> {
			String label = name.equals("floor") ? "floor: JDK HttpClient + Jackson defaults, no Spring" : name;
			String goal = (limit != null && !name.equals(WrkLoad.LABEL))
					? format(rate.callsPerSecond() / limit.callsPerSecond()) + " of the server's limit" : "";
			if (name.startsWith("TokensApi on ")) {
				String library = name.substring("TokensApi on ".length());
				Double target = floorTargets.get(library);
				double versusFloor = rate.callsPerSecond() / floor.callsPerSecond();
				double versusService = rate.callsPerSecond()
						/ rateOf(rates, "service client on " + library).callsPerSecond();
				goal += ((target != null) ? "; ≥ " + target + "× floor: " + holds(versusFloor >= target) : "") + "; "
						+ format(versusService) + "× the service client (≥ 1.0: " + holds(versusService >= 1.0) + ")";
				Throughput.Rate node = rates.get(NodeSdk.LABEL);
				if (node != null && library.equals("jdk")) {
					double versusNode = rate.callsPerSecond() / node.callsPerSecond();
					goal += "; " + format(versusNode) + "× the Node SDK (≥ 1.1: " + holds(versusNode >= 1.1) + ")";
				}
			}
			this.rows.add("| " + benchmark + ", calls/s: " + label + " | " + Math.round(rate.callsPerSecond()) + " | "
					+ format(rate.callsPerSecond() / floor.callsPerSecond()) + " | " + goal + " |");
		});
		rates.forEach((name, rate) -> {
			if (!Double.isNaN(rate.cpuMillisPerThousandCalls())) {
				String label = name.equals("floor") ? "floor" : name;
				this.rows.add("| " + benchmark + ", CPU ms per 1 000 calls (user + system): " + label + " | "
						+ String.format(Locale.ROOT, "%.0f", rate.cpuMillisPerThousandCalls()) + " | "
						+ format(rate.cpuMillisPerThousandCalls() / floor.cpuMillisPerThousandCalls()) + " | |");
			}
		});
	}

	private static Throughput.Rate rateOf(Map<String, Throughput.Rate> rates, String name) {
		Throughput.Rate rate = rates.get(name);
		if (rate == null) {
			throw new IllegalStateException("No rate of " + name);
		}
		return rate;
	}

	/**
	 * Latency-bound: 32 callers against the emulator answering after 20 ms, as a remote service would: whether the
	 * client's connections hold them back.
	 */
	private void concurrentCallersOverLatency() throws Exception {
		try (TokensEmulator server = TokensEmulator.builder()
			.credentials(EmulatorCredentials.token(LoopbackTokensServer.TOKEN))
			.latency(LATENCY)
			.start()) {
			server.seed(LoopbackTokensServer.REGISTRY_ID,
					EmulatedToken.named("benchmark").withId(LoopbackTokensServer.TOKEN_ID));
			JdkHttpClientFloor floor = new JdkHttpClientFloor(server.apiUrl());
			List<ConfigurableApplicationContext> contexts = new ArrayList<>();
			try {
				List<Throughput.Scenario> scenarios = new ArrayList<>();
				scenarios.add(new Throughput.Scenario("floor",
						() -> floor.findById(LoopbackTokensServer.REGISTRY_ID, LoopbackTokensServer.TOKEN_ID)));
				for (String library : LIBRARIES) {
					ConfigurableApplicationContext context = ClientApplication.start(server.apiUrl(), library);
					contexts.add(context);
					TokensService service = ClientApplication.serviceClient(context, server.apiUrl());
					TokensApi api = context.getBean(TokensApi.class);
					scenarios.add(new Throughput.Scenario("service client on " + library,
							() -> service.find(LoopbackTokensServer.REGISTRY_ID, LoopbackTokensServer.TOKEN_ID)));
					scenarios.add(new Throughput.Scenario("TokensApi on " + library, () -> api
						.registriesTokensFindById(LoopbackTokensServer.REGISTRY_ID, LoopbackTokensServer.TOKEN_ID)));
				}
				compare("find, " + LATENCY_BOUND_CALLERS + " callers, emulator answering after " + LATENCY.toMillis()
						+ " ms, calls/s",
						Throughput.measureConcurrently(scenarios, LATENCY_BOUND_CALLERS, WARM_UP, ROUNDS, ROUND),
						Map.of("jdk", 0.9, "http-components", 0.9));
			}
			finally {
				contexts.forEach(ConfigurableApplicationContext::close);
			}
		}
	}

	/**
	 * Adds the rows of one comparison, each against the floor, and the TokensApi against the service client and, on
	 * the JDK client, against the Node SDK (target 1.1×).
	 */
	private void compare(String benchmark, Map<String, Double> rates, Map<String, Double> floorTargets) {
		double floor = rate(rates, "floor");
		rates.forEach((name, rate) -> {
			String label = name.equals("floor") ? "floor: JDK HttpClient + Jackson defaults, no Spring" : name;
			String goal = "";
			if (name.startsWith("TokensApi on ")) {
				String library = name.substring("TokensApi on ".length());
				double target = floorTargets.getOrDefault(library, 1.0);
				double versusService = rate / rate(rates, "service client on " + library);
				goal = "≥ " + target + "× floor: " + holds(rate / floor >= target) + "; " + format(versusService)
						+ "× the service client (≥ 1.0: " + holds(versusService >= 1.0) + ")";
				Double node = rates.get(NodeSdk.LABEL);
				if (node != null && library.equals("jdk")) {
					goal += "; " + format(rate / node) + "× the Node SDK (≥ 1.1: " + holds(rate / node >= 1.1) + ")";
				}
			}
			this.rows.add("| " + benchmark + ": " + label + " | " + Math.round(rate) + " | " + format(rate / floor)
					+ " | " + goal + " |");
		});
	}

	/**
	 * The first call two seconds after the application is ready, in a fresh JVM each, the median of
	 * {@value #FIRST_CALL_RUNS} JVMs, every client taking its turn in every round: the {@code TokensApi} on each
	 * library against its own tenth call, and on the JDK's client against the first call of the clients a user would
	 * write instead on the same library, each on a class path without the starter (the client's jar only for its records): an HTTP service client
	 * over Boot's {@code RestClient.Builder}, and the JDK {@code HttpClient} with a Jackson mapper.
	 */
	private void firstCall(LoopbackTokensServer server) throws Exception {
		String classpath = System.getProperty("java.class.path");
		String withoutApacheHttpClient = withoutHttpComponents(classpath, false);
		String userClasspath = Arrays.stream(withoutApacheHttpClient.split(File.pathSeparator))
			.filter((entry) -> !entry.contains("ionos-registry-spring-boot-autoconfigure")
					&& !entry.contains("ionos-registry-spring-boot-starter") && !entry.contains("/autoconfigure/target/"))
			.collect(Collectors.joining(File.pathSeparator));
		String[] ids = { LoopbackTokensServer.REGISTRY_ID.toString(), LoopbackTokensServer.TOKEN_ID.toString() };
		Map<String, List<Double>> firsts = new LinkedHashMap<>();
		Map<String, List<Double>> tenths = new LinkedHashMap<>();
		for (int i = 0; i < FIRST_CALL_RUNS; i++) {
			for (String library : LIBRARIES) {
				recordFirstCall(firsts, tenths, library, ChildJvm.run(List.of(),
						library.equals("jdk") ? withoutApacheHttpClient : classpath, FirstCallRun.class.getName(),
						server.apiUrl(), library, ids[0], ids[1]));
			}
			for (String other : OTHER_CLIENTS) {
				recordFirstCall(firsts, tenths, other, ChildJvm.run(List.of(), userClasspath,
						OtherClientFirstCallRun.class.getName(), other, server.apiUrl(), ids[0], ids[1]));
			}
		}
		for (String other : OTHER_CLIENTS) {
			this.rows.add("| first call 2 s after the application is ready, median of " + FIRST_CALL_RUNS + " JVMs, "
					+ other + " on jdk (no starter) | " + firstAndTenth(firsts, tenths, other) + " | "
					+ format(median(firsts, other) / median(tenths, other)) + " | |");
		}
		for (String library : LIBRARIES) {
			double first = median(firsts, library);
			double ratio = first / median(tenths, library);
			String target = "≤ 5× the tenth: " + holds(ratio <= 5);
			if (library.equals("jdk")) {
				for (String other : OTHER_CLIENTS) {
					double againstOther = first / median(firsts, other);
					target += "; " + format(againstOther) + "× the " + other + "'s first (≤ 0.25: "
							+ holds(againstOther <= 0.25) + ")";
				}
			}
			this.rows.add("| first call 2 s after the application is ready, median of " + FIRST_CALL_RUNS
					+ " JVMs, TokensApi on " + library + " | " + firstAndTenth(firsts, tenths, library) + " | "
					+ format(ratio) + " | " + target + " |");
		}
	}

	private static void recordFirstCall(Map<String, List<Double>> firsts, Map<String, List<Double>> tenths,
			String client, String output) {
		firsts.computeIfAbsent(client, (k) -> new ArrayList<>()).add((double) ChildJvm.value(output, "first-us"));
		tenths.computeIfAbsent(client, (k) -> new ArrayList<>()).add((double) ChildJvm.value(output, "tenth-us"));
	}

	private static String firstAndTenth(Map<String, List<Double>> firsts, Map<String, List<Double>> tenths,
			String client) {
		return String.format(Locale.ROOT, "%.1f ms, tenth %.1f ms", median(firsts, client) / 1000.0,
				median(tenths, client) / 1000.0);
	}

	/**
	 * An application's own HTTP service client, 32 callers against the emulator answering after 20 ms: with
	 * {@code spring-boot-starter-restclient} only, then with the starter added. Each in a JVM of its own, on the
	 * class path such an application has.
	 */
	private void ownClientBeforeAndAfter() throws Exception {
		try (TokensEmulator server = TokensEmulator.builder()
			.credentials(EmulatorCredentials.token(LoopbackTokensServer.TOKEN))
			.latency(LATENCY)
			.start()) {
			server.seed(LoopbackTokensServer.REGISTRY_ID,
					EmulatedToken.named("benchmark").withId(LoopbackTokensServer.TOKEN_ID));
			String classpath = System.getProperty("java.class.path");
			String[] args = { server.apiUrl(), LoopbackTokensServer.REGISTRY_ID.toString(),
					LoopbackTokensServer.TOKEN_ID.toString() };
			String before = ChildJvm.run(List.of(), withoutHttpComponents(classpath, true),
					OwnClientRun.class.getName(), args);
			String after = ChildJvm.run(List.of(), withoutHttpComponents(classpath, false),
					OwnClientRun.class.getName(), args);
			double beforeRate = ChildJvm.value(before, "calls-per-s");
			double afterRate = ChildJvm.value(after, "calls-per-s");
			String benchmark = "an application's own HTTP service client, " + LATENCY_BOUND_CALLERS
					+ " callers, 20 ms, calls/s";
			this.rows.add("| " + benchmark + ": spring-boot-starter-restclient only (" + library(before) + ") | "
					+ Math.round(beforeRate) + " | 1.00 | |");
			this.rows.add("| " + benchmark + ": with this starter added (" + library(after) + ") | "
					+ Math.round(afterRate) + " | " + format(afterRate / beforeRate) + " | the same library, ≈ 1.0 |");
		}
	}

	private static String library(String output) {
		for (String field : output.split("\\s+", -1)) {
			if (field.startsWith("library=")) {
				return field.substring("library=".length());
			}
		}
		return "unknown";
	}

	/** The class path without Apache HttpClient (which only the benchmarks bring), and without the starter if asked. */
	/**
	 * A user's application's class path: the benchmarks' without what only the benchmarks use (the emulator, WireMock,
	 * the JWT and Bouncy Castle libraries it brings) and without an HTTP client library (the starter brings none);
	 * for the restclient-only application, without the project's jars too.
	 */
	private static String withoutHttpComponents(String classpath, boolean withoutStarter) {
		return Arrays.stream(classpath.split(File.pathSeparator))
			.filter((entry) -> !entry.contains("httpclient5") && !entry.contains("httpcore5"))
			.filter((entry) -> !entry.contains("ionos-registry-emulator") && !entry.contains("/emulator/target/")
					&& !entry.contains("wiremock") && !entry.contains("nimbus-jose-jwt")
					&& !entry.contains("bouncycastle"))
			.filter((entry) -> !withoutStarter || (!entry.contains("ionos-registry-spring-boot-autoconfigure")
					&& !entry.contains("ionos-registry-spring-boot-starter") && !entry.contains("ionos-registry-client")
					&& !entry.contains("/client/target/classes") && !entry.contains("/autoconfigure/target/classes")))
			.collect(Collectors.joining(File.pathSeparator));
	}

	private static String holds(boolean holds) {
		return holds ? "holds" : "missed";
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

	private void emulatorHeap() throws Exception {
		String output = ChildJvm.run(List.of("-Xmx256m", "-XX:+UseSerialGC"), System.getProperty("java.class.path"),
				EmulatorHeapRun.class.getName(), "100000");
		long before = ChildJvm.value(output, "heapBeforeKiB");
		long after = ChildJvm.value(output, "heapAfterKiB");
		this.rows.add("| the emulator's heap after a full GC, before and after " + ChildJvm.value(output, "requests")
				+ " mixed requests from 8 callers | " + before / 1024 + " MiB → " + after / 1024 + " MiB in "
				+ ChildJvm.value(output, "ms") + " ms | " + format((double) after / before)
				+ " | bounded (≤ 1.2× before): " + ((after <= before * 1.2) ? "holds" : "missed") + " |");
	}

	private void startup() throws IOException, InterruptedException {
		String classpath = System.getProperty("java.class.path");
		String restClientOnly = withoutHttpComponents(classpath, true);
		classpath = withoutHttpComponents(classpath, false);
		List<String> options = List.of("-XX:TieredStopAtLevel=1");
		String[] args = { "--ionos.registry.token=" + LoopbackTokensServer.TOKEN,
				"--ionos.registry.api-url=" + TokensApiBuilder.DEFAULT_API_URL, "--spring.main.banner-mode=off",
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
				+ Math.round(starterMedian) + " ms | " + format(ratio) + " | ≤ 1.03× restclient only: "
				+ ((ratio <= 1.03) ? "holds" : "missed") + " |");
	}

	/**
	 * The starter's footprint in a running application: the same minimal application with and without it (the
	 * restclient starter only), each settled after its start (the starter's warm-up done), medians of
	 * {@value #FOOTPRINT_RUNS} runs; the starter without its warm-up too, for what the warm-up loads ahead of the
	 * first call; and both after one call, each with its own client (the application's own {@code RestClient} from
	 * Boot's builder into plain records, the {@code TokensApi}), for what a first call costs either way. The heap is
	 * fixed and touched at start ({@code -Xms128m -Xmx128m -XX:+AlwaysPreTouch}), so that the
	 * resident memory compares what each application keeps, not how much of an untouched heap each happened to
	 * allocate through. The targets: at most +0.5 MiB heap after GC, +300 classes, +4 threads and 5 % more resident
	 * memory, the warm-up done.
	 */
	private void footprint() throws IOException, InterruptedException {
		String classpath = System.getProperty("java.class.path");
		String restClientOnly = withoutHttpComponents(classpath, true);
		classpath = withoutHttpComponents(classpath, false);
		List<String> options = List.of("-Dbenchmarks.footprint=true", "-Xms128m", "-Xmx128m", "-XX:+AlwaysPreTouch");
		String[] args = { "--ionos.registry.token=" + LoopbackTokensServer.TOKEN,
				"--ionos.registry.api-url=" + TokensApiBuilder.DEFAULT_API_URL, "--spring.main.banner-mode=off",
				"--spring.main.log-startup-info=false", "--logging.level.root=WARN" };
		String[] withoutWarmUp = Arrays.copyOf(args, args.length + 1);
		withoutWarmUp[args.length] = "--ionos.registry.warm-up=false";
		Map<String, List<Double>> baseline = new LinkedHashMap<>();
		Map<String, List<Double>> starter = new LinkedHashMap<>();
		Map<String, List<Double>> starterNoWarmUp = new LinkedHashMap<>();
		Map<String, List<Double>> baselineAfterCall = new LinkedHashMap<>();
		Map<String, List<Double>> starterAfterCall = new LinkedHashMap<>();
		try (LoopbackTokensServer server = new LoopbackTokensServer()) {
			List<String> callOptions = new ArrayList<>(options);
			callOptions.add("-Dbenchmarks.call=" + LoopbackTokensServer.REGISTRY_ID + "/" + LoopbackTokensServer.TOKEN_ID);
			String[] callArgs = args.clone();
			callArgs[1] = "--ionos.registry.api-url=" + server.apiUrl();
			for (int i = 0; i < FOOTPRINT_RUNS; i++) {
				record(baseline, ChildJvm.run(options, restClientOnly,
						RestClientOnlyStartupApplication.class.getName(), args));
				record(starter, ChildJvm.run(options, classpath, StarterStartupApplication.class.getName(), args));
				record(starterNoWarmUp,
						ChildJvm.run(options, classpath, StarterStartupApplication.class.getName(), withoutWarmUp));
				record(baselineAfterCall, ChildJvm.run(callOptions, restClientOnly,
						RestClientOnlyStartupApplication.class.getName(), callArgs));
				record(starterAfterCall,
						ChildJvm.run(callOptions, classpath, StarterStartupApplication.class.getName(), callArgs));
			}
		}
		footprintRows("", baseline, starter, true);
		footprintRows(" (its warm-up off)", baseline, starterNoWarmUp, false);
		footprintRows(" after one call (the application's own RestClient → the TokensApi)", baselineAfterCall,
				starterAfterCall, false);
	}

	private static void record(Map<String, List<Double>> runs, String output) {
		for (String key : List.of("heapKiB", "classes", "threads", "rssKiB")) {
			runs.computeIfAbsent(key, (k) -> new ArrayList<>()).add((double) ChildJvm.value(output, key));
		}
	}

	private void footprintRows(String variant, Map<String, List<Double>> baseline, Map<String, List<Double>> starter,
			boolean withTargets) {
		footprintRow("heap after a full GC" + variant, "MiB", median(baseline, "heapKiB") / 1024,
				median(starter, "heapKiB") / 1024, withTargets ? 0.5 : Double.NaN);
		footprintRow("loaded classes" + variant, "", median(baseline, "classes"), median(starter, "classes"),
				withTargets ? 300 : Double.NaN);
		footprintRow("live threads" + variant, "", median(baseline, "threads"), median(starter, "threads"),
				withTargets ? 4 : Double.NaN);
		double rss = median(baseline, "rssKiB") / 1024;
		footprintRow("resident memory (RSS)" + variant, "MiB", rss, median(starter, "rssKiB") / 1024,
				withTargets ? rss * 0.05 : Double.NaN);
	}

	private void footprintRow(String what, String unit, double without, double with, double allowed) {
		double added = with - without;
		String suffix = unit.isEmpty() ? "" : " " + unit;
		boolean whole = unit.isEmpty();
		String addedText = "added " + (added >= 0 ? "+" : "") + amount(added, whole) + suffix;
		String target = Double.isNaN(allowed) ? addedText
				: addedText + ", ≤ +" + amount(allowed, whole) + suffix + ": " + holds(added <= allowed);
		this.rows.add("| footprint of a settled application, median of " + FOOTPRINT_RUNS + " runs: " + what
				+ ", restclient only → with this starter | " + amount(without, whole) + " → " + amount(with, whole)
				+ suffix + " | " + format(with / without) + " | " + target + " |");
	}

	private static double median(Map<String, List<Double>> runs, String key) {
		List<Double> values = runs.get(key);
		if (values == null) {
			throw new IllegalStateException("no " + key + " measured");
		}
		return Throughput.median(values);
	}

	private static String amount(double value, boolean whole) {
		return whole ? Long.toString(Math.round(value)) : String.format(Locale.ROOT, "%.1f", value);
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
