package io.github.ionosregistry.tokens.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * When a registry's garbage collection runs: on these days of the week, at this UTC time of day.
 *
 * @param days the days, such as {@code Monday}, never {@code null}; kept as the service writes them
 * @param time the UTC time of day as RFC 3339 partial time, such as {@code 01:23:00+00:00}
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WeeklySchedule(List<String> days, @Nullable String time) {

	public WeeklySchedule(@Nullable List<String> days, @Nullable String time) {
		this.days = (days != null) ? Collections.unmodifiableList(new ArrayList<>(days)) : List.of();
		this.time = time;
	}

}
