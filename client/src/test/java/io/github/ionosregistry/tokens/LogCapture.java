package io.github.ionosregistry.tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

/**
 * Captures what a logger writes while it is open, at the level asked for; closing restores the logger.
 */
public final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {

	private final Logger logger;

	private final Level previousLevel;

	private final List<String> lines = new ArrayList<>();

	private LogCapture(String name, Level level) {
		this.logger = (Logger) LoggerFactory.getLogger(name);
		this.previousLevel = this.logger.getLevel();
		this.logger.setLevel(level);
		setContext(this.logger.getLoggerContext());
		start();
		this.logger.addAppender(this);
	}

	public static LogCapture debug(String name) {
		return new LogCapture(name, Level.DEBUG);
	}

	static LogCapture trace(String name) {
		return new LogCapture(name, Level.TRACE);
	}

	@Override
	protected synchronized void append(ILoggingEvent event) {
		StringBuilder line = new StringBuilder(event.getLevel() + " " + event.getLoggerName() + " "
				+ event.getFormattedMessage());
		if (event.getThrowableProxy() != null) {
			line.append(' ').append(event.getThrowableProxy().getClassName()).append(": ")
				.append(event.getThrowableProxy().getMessage());
		}
		this.lines.add(line.toString());
	}

	synchronized List<String> lines() {
		return List.copyOf(this.lines);
	}

	public String text() {
		return lines().stream().collect(Collectors.joining("\n"));
	}

	@Override
	public void close() {
		this.logger.detachAppender(this);
		this.logger.setLevel(this.previousLevel);
		stop();
	}

}
