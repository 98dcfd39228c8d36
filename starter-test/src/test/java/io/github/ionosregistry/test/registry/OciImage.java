package io.github.ionosregistry.test.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The smallest image there is, in an OCI image layout on disk: one layer (a tar with one file), its config, its
 * manifest and the index naming it {@code latest}. What skopeo pushes.
 *
 * @param layout the layout's directory
 */
public record OciImage(Path layout) {

	/**
	 * Writes an image whose one file holds the given text.
	 * @param layout the directory to write the layout to
	 * @param text the content of its file {@code hello.txt}
	 * @return the image
	 */
	public static OciImage write(Path layout, String text) throws IOException {
		Files.createDirectories(layout.resolve("blobs").resolve("sha256"));
		byte[] layer = tarWithOneFile("hello.txt", text.getBytes(StandardCharsets.UTF_8));
		String layerDigest = blob(layout, layer);
		byte[] config = ("{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":{},\"rootfs\":{\"type\":\"layers\","
				+ "\"diff_ids\":[\"" + layerDigest + "\"]}}").getBytes(StandardCharsets.UTF_8);
		String configDigest = blob(layout, config);
		byte[] manifest = ("{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
				+ "\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\"" + configDigest
				+ "\",\"size\":" + config.length + "},\"layers\":[{\"mediaType\":\"application/vnd.oci.image.layer.v1.tar\","
				+ "\"digest\":\"" + layerDigest + "\",\"size\":" + layer.length + "}]}").getBytes(StandardCharsets.UTF_8);
		String manifestDigest = blob(layout, manifest);
		Files.writeString(layout.resolve("index.json"), "{\"schemaVersion\":2,\"manifests\":[{\"mediaType\":"
				+ "\"application/vnd.oci.image.manifest.v1+json\",\"digest\":\"" + manifestDigest + "\",\"size\":"
				+ manifest.length + ",\"annotations\":{\"org.opencontainers.image.ref.name\":\"latest\"}}]}");
		Files.writeString(layout.resolve("oci-layout"), "{\"imageLayoutVersion\":\"1.0.0\"}");
		return new OciImage(layout);
	}

	private static String blob(Path layout, byte[] content) throws IOException {
		String hex = sha256(content);
		Files.write(layout.resolve("blobs").resolve("sha256").resolve(hex), content);
		return "sha256:" + hex;
	}

	/** A POSIX tar archive (ustar) holding one regular file. */
	private static byte[] tarWithOneFile(String name, byte[] content) {
		byte[] header = new byte[512];
		put(header, 0, name);
		put(header, 100, "0000644");
		put(header, 108, "0000000");
		put(header, 116, "0000000");
		put(header, 124, String.format("%011o", content.length));
		put(header, 136, "00000000000");
		header[156] = '0';
		put(header, 257, "ustar");
		put(header, 263, "00");
		for (int i = 148; i < 156; i++) {
			header[i] = ' ';
		}
		int checksum = 0;
		for (byte b : header) {
			checksum += b & 0xff;
		}
		put(header, 148, String.format("%06o", checksum));
		header[154] = 0;
		header[155] = ' ';
		ByteArrayOutputStream tar = new ByteArrayOutputStream();
		tar.writeBytes(header);
		tar.writeBytes(content);
		tar.writeBytes(new byte[(512 - content.length % 512) % 512]);
		tar.writeBytes(new byte[1024]);
		return tar.toByteArray();
	}

	private static void put(byte[] header, int offset, String text) {
		byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(bytes, 0, header, offset, bytes.length);
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
