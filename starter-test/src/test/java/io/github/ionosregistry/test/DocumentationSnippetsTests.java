package io.github.ionosregistry.test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Java snippet of the README and of docs/ compiles as it is shown, imports included, against the starter, its
 * test support and Actuator: what a reader copies works.
 */
class DocumentationSnippetsTests {

	private static final Pattern SNIPPET = Pattern.compile("(?m)^```java\\n(.*?)^```", Pattern.DOTALL);

	private static final Pattern TYPE = Pattern.compile("(?m)^(?:@\\S+\\s+)*(?:public\\s+|final\\s+)*"
			+ "(?:class|record|interface|enum)\\s+(\\w+)");

	@TempDir
	Path directory;

	/** A snippet: where it is, and its code. */
	record Snippet(String where, String code) {

		@Override
		public String toString() {
			return this.where;
		}

	}

	static Stream<Snippet> snippets() throws IOException {
		List<Path> pages = new ArrayList<>(List.of(Path.of("../README.md")));
		try (Stream<Path> docs = Files.list(Path.of("../docs"))) {
			docs.filter((page) -> page.toString().endsWith(".md")).sorted().forEach(pages::add);
		}
		List<Snippet> snippets = new ArrayList<>();
		for (Path page : pages) {
			String text = Files.readString(page);
			Matcher snippet = SNIPPET.matcher(text);
			while (snippet.find()) {
				int line = (int) text.substring(0, snippet.start()).lines().count() + 1;
				snippets.add(new Snippet(page.getFileName() + ":" + line, snippet.group(1)));
			}
		}
		assertThat(snippets).as("Java snippets found").hasSizeGreaterThanOrEqualTo(12);
		return snippets.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("snippets")
	void compilesAsShown(Snippet snippet) throws IOException {
		Matcher type = TYPE.matcher(snippet.code());
		assertThat(type.find()).as(snippet.where() + " declares a class, so that it compiles on its own").isTrue();
		Path source = Files.writeString(this.directory.resolve(type.group(1) + ".java"), snippet.code());
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
				StandardCharsets.UTF_8)) {
			boolean compiled = compiler.getTask(null, files, diagnostics,
					List.of("-classpath", System.getProperty("java.class.path"), "-d",
							Files.createDirectories(this.directory.resolve("classes")).toString(), "-proc:none"),
					null, files.getJavaFileObjects(source))
				.call();
			assertThat(compiled).as(snippet.where() + ":\n" + describe(diagnostics.getDiagnostics())).isTrue();
		}
	}

	private static String describe(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
		StringBuilder described = new StringBuilder();
		diagnostics.forEach((diagnostic) -> described.append("line ").append(diagnostic.getLineNumber()).append(": ")
			.append(diagnostic.getMessage(Locale.ROOT)).append('\n'));
		return described.toString();
	}

}
