package io.github.ionosregistry.tokens.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * Links to the neighbouring pages of a list.
 *
 * @param next the next page
 * @param previous the previous page
 * @param self this page
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PaginationLinks(@Nullable String next, @Nullable String previous, @Nullable String self) {

}
