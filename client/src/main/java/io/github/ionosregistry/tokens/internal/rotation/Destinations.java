package io.github.ionosregistry.tokens.internal.rotation;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.github.ionosregistry.tokens.CredentialDelivery;
import io.github.ionosregistry.tokens.DockerCredentials;
import io.github.ionosregistry.tokens.TokenRotation;

/** The destinations the client offers, and deliveries one after the other. */
public final class Destinations {

	private Destinations() {
	}

	/** A Docker config file, with the claims that let a holder restarted there take back its credential. */
	public static CredentialDelivery dockerConfig(Path file) {
		return new DockerConfigDestination(file);
	}

	/** One delivery, then the other; what the first keeps across restarts, the chain keeps. */
	public static CredentialDelivery chain(CredentialDelivery first, CredentialDelivery then) {
		return (first instanceof ResumableDestination resumable) ? new ResumableChain(first, then, resumable)
				: new Chain(first, then);
	}

	private static class Chain implements CredentialDelivery {

		private final CredentialDelivery first;

		private final CredentialDelivery then;

		Chain(CredentialDelivery first, CredentialDelivery then) {
			this.first = first;
			this.then = then;
		}

		@Override
		public void checkReady() {
			this.first.checkReady();
			this.then.checkReady();
		}

		@Override
		public void deliver(DockerCredentials credentials, TokenRotation rotation) {
			this.first.deliver(credentials, rotation);
			this.then.deliver(credentials, rotation);
		}

		@Override
		public String toString() {
			return this.first + ", then " + this.then;
		}

	}

	private static final class ResumableChain extends Chain implements ResumableDestination {

		private final ResumableDestination resumable;

		ResumableChain(CredentialDelivery first, CredentialDelivery then, ResumableDestination resumable) {
			super(first, then);
			this.resumable = resumable;
		}

		@Override
		public Optional<DockerCredentials> held(String hostname) {
			return this.resumable.held(hostname);
		}

		@Override
		public HolderClaim claim(String baseName, HolderRecord record) {
			return this.resumable.claim(baseName, record);
		}

		@Override
		public Optional<HolderClaim> takeOver(String baseName, String holderId) {
			return this.resumable.takeOver(baseName, holderId);
		}

		@Override
		public List<HolderClaim> abandoned(String baseName) {
			return this.resumable.abandoned(baseName);
		}

		@Override
		public boolean isSharedWithLiveHolders(HolderClaim own) {
			return this.resumable.isSharedWithLiveHolders(own);
		}

	}

}
