package io.github.ionosregistry.emulator;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.util.io.pem.PemObjectGenerator;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;

/**
 * The key that signs the emulator's registry tokens: an EC P-256 key (ES256) and a self-signed certificate of it.
 * A registry trusts the tokens when that certificate is its root certificate bundle (CNCF Distribution:
 * {@code auth.token.rootcertbundle}); every token carries the certificate in its {@code x5c} header.
 * <p>
 * Kept in a PEM file, the private key (PKCS #8) and then the certificate, so that a restarted emulator signs with
 * the same key and the registry's configuration stays valid.
 */
final class RegistryAuthKey {

	private static final Duration CERTIFICATE_VALIDITY = Duration.ofDays(3650);

	private final ECPrivateKey privateKey;

	private final X509Certificate certificate;

	private RegistryAuthKey(ECPrivateKey privateKey, X509Certificate certificate) {
		this.privateKey = privateKey;
		this.certificate = certificate;
	}

	/** A new key and its certificate, valid from a day ago for ten years. */
	static RegistryAuthKey generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"));
			KeyPair keys = generator.generateKeyPair();
			X500Name subject = new X500Name("CN=" + TokensEmulator.AUTH_ISSUER);
			Instant now = Instant.now();
			JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
					new BigInteger(127, new SecureRandom()).add(BigInteger.ONE), Date.from(now.minus(Duration.ofDays(1))),
					Date.from(now.plus(CERTIFICATE_VALIDITY)), subject, keys.getPublic());
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
			builder.addExtension(Extension.keyUsage, true,
					new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyCertSign));
			X509CertificateHolder holder = builder
				.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()));
			return new RegistryAuthKey((ECPrivateKey) keys.getPrivate(),
					new JcaX509CertificateConverter().getCertificate(holder));
		}
		catch (GeneralSecurityException | IOException | OperatorCreationException ex) {
			throw new IllegalStateException("cannot make the registry token signing key: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The key in a file, or a new one written there (owner-only) when the file does not exist.
	 * @param file the PEM file
	 * @return the key
	 * @throws IllegalArgumentException if the file exists but does not hold an EC private key and its certificate
	 */
	static RegistryAuthKey readOrCreate(Path file) {
		if (Files.notExists(file)) {
			RegistryAuthKey key = generate();
			key.write(file);
			return key;
		}
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
			return read(reader, file);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("registry auth key file " + file + " cannot be read: " + ex.getMessage());
		}
	}

	private static RegistryAuthKey read(Reader reader, Path file) throws IOException {
		PrivateKey privateKey = null;
		X509Certificate certificate = null;
		try (PEMParser parser = new PEMParser(reader)) {
			for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
				if (object instanceof PrivateKeyInfo info) {
					privateKey = new JcaPEMKeyConverter().getPrivateKey(info);
				}
				else if (object instanceof PEMKeyPair pair) {
					privateKey = new JcaPEMKeyConverter().getKeyPair(pair).getPrivate();
				}
				else if (object instanceof X509CertificateHolder holder) {
					certificate = new JcaX509CertificateConverter().getCertificate(holder);
				}
			}
		}
		catch (GeneralSecurityException | RuntimeException ex) {
			throw new IllegalArgumentException("registry auth key file " + file + " is not a PEM private key and "
					+ "certificate: " + ex.getMessage());
		}
		if (!(privateKey instanceof ECPrivateKey ecKey) || certificate == null) {
			throw new IllegalArgumentException("registry auth key file " + file
					+ " must hold an EC private key (PKCS #8 PEM) and its certificate (PEM)");
		}
		return new RegistryAuthKey(ecKey, certificate);
	}

	/** The certificate in PEM, for the registry's root certificate bundle. */
	String certificatePem() {
		return pem(List.of(this.certificate));
	}

	/**
	 * Signs claims as an ES256 JWT with the certificate in its {@code x5c} header.
	 * @param claims the claims
	 * @return the compact JWT
	 */
	String sign(JWTClaimsSet claims) {
		try {
			JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT)
				.x509CertChain(List.of(Base64.encode(this.certificate.getEncoded())))
				.build();
			SignedJWT jwt = new SignedJWT(header, claims);
			jwt.sign(new ECDSASigner(this.privateKey));
			return jwt.serialize();
		}
		catch (JOSEException | GeneralSecurityException ex) {
			throw new IllegalStateException("cannot sign a registry token: " + ex.getMessage(), ex);
		}
	}

	private void write(Path file) {
		try {
			Path directory = file.toAbsolutePath().getParent();
			if (directory != null) {
				Files.createDirectories(directory);
			}
			if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
				Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			Files.writeString(file, pem(List.of(new JcaPKCS8Generator(this.privateKey, null), this.certificate)),
					StandardCharsets.US_ASCII,
					StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalArgumentException(
					"registry auth key file " + file + " cannot be written: " + ex.getMessage(), ex);
		}
	}

	private static String pem(List<?> objects) {
		StringWriter text = new StringWriter();
		try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
			for (Object object : objects) {
				if (object instanceof PemObjectGenerator generator) {
					writer.writeObject(generator);
				}
				else {
					writer.writeObject(object);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return text.toString();
	}

}
