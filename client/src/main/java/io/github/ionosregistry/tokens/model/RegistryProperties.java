package io.github.ionosregistry.tokens.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * The properties of a registry.
 *
 * @param garbageCollectionSchedule when its garbage collection runs
 * @param hostname the host {@code docker login} and image references use, such as {@code my-registry.cr.ionos.com}
 * @param location where it is, such as {@code de/fra}
 * @param name its name
 * @param storageUsage how much storage it uses
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegistryProperties(@Nullable WeeklySchedule garbageCollectionSchedule, @Nullable String hostname,
		@Nullable String location, @Nullable String name, @Nullable StorageUsage storageUsage) {

}
