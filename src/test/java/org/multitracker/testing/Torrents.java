package org.multitracker.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.multitracker.bencode.BDict;
import org.multitracker.bencode.BInteger;
import org.multitracker.bencode.BList;
import org.multitracker.bencode.BString;
import org.multitracker.bencode.BValue;
import org.multitracker.bencode.Bdecoder;
import org.multitracker.bencode.BencodeLimits;
import org.multitracker.bencode.Bencoder;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.metainfo.MetainfoParser;

/**
 * The tests' .torrent files. Hand-made ones have fake piece hashes (a different name gives a
 * different info hash); {@link #fromFile} makes a real one that BitTorrent clients can share. Parts
 * come as mutable maps too, so a test can break one at a time; and there are ways to look inside
 * the files the tools write.
 */
public final class Torrents {
  public static final String ANNOUNCE = "http://tracker.example/announce";

  private Torrents() {}

  /** A single-file torrent announcing to {@link #ANNOUNCE}. */
  public static byte[] singleFile(String name, long length) {
    return encode(root(singleFileInfo(name, length)));
  }

  /** With one announce-list tier (its first URL is the announce) and the bttrack controls. */
  public static byte[] of(String name, List<String> tier, String failure, String warning) {
    Map<String, BValue> root = root(singleFileInfo(name, 1000));
    if (!tier.isEmpty()) {
      root.put("announce", BString.of(tier.get(0)));
      root.put("announce-list", tiers(List.of(tier)));
    }
    if (failure != null) {
      root.put("failure reason", BString.of(failure));
    }
    if (warning != null) {
      root.put("warning message", BString.of(warning));
    }
    return encode(root);
  }

  public static byte[] withAnnounceList(String name, List<List<String>> tiers) {
    Map<String, BValue> root = root(singleFileInfo(name, 1));
    root.put("announce-list", tiers(tiers));
    return encode(root);
  }

  /** Files dir/part{length}, one per length. */
  public static byte[] multiFile(String name, long... lengths) {
    BValue[] files =
        Arrays.stream(lengths).mapToObj(n -> file(n, "dir", "part" + n)).toArray(BValue[]::new);
    Map<String, BValue> info = multiFileInfo(files);
    info.put("name", BString.of(name));
    info.put("pieces", BString.of(new byte[20]));
    return encode(root(info));
  }

  /** A real single-file torrent of {@code file}, with piece hashes, and one tier (empty: none). */
  public static byte[] fromFile(Path file, String announce, List<String> tier, int pieceLength)
      throws IOException {
    Map<String, BValue> info = new LinkedHashMap<>();
    info.put("length", BInteger.of(Files.size(file)));
    info.put("name", BString.of(file.getFileName().toString()));
    info.put("piece length", BInteger.of(pieceLength));
    info.put("pieces", BString.of(pieceHashes(file, pieceLength)));
    Map<String, BValue> root = root(info);
    root.put("announce", BString.of(announce));
    if (!tier.isEmpty()) {
      root.put("announce-list", tiers(List.of(tier)));
    }
    return encode(root);
  }

  public static byte[] fromFile(Path file, String announce, int pieceLength) throws IOException {
    return fromFile(file, announce, List.of(), pieceLength);
  }

  /** file.bin, 20000 bytes in two pieces. */
  public static Map<String, BValue> singleFileInfo() {
    Map<String, BValue> info = new LinkedHashMap<>();
    info.put("name", BString.of("file.bin"));
    info.put("piece length", BInteger.of(16384));
    info.put("pieces", BString.of(new byte[40]));
    info.put("length", BInteger.of(20000));
    return info;
  }

  private static Map<String, BValue> singleFileInfo(String name, long length) {
    Map<String, BValue> info = singleFileInfo();
    info.put("name", BString.of(name));
    info.put("length", BInteger.of(length));
    info.put("pieces", BString.of(new byte[20]));
    return info;
  }

  public static Map<String, BValue> multiFileInfo(BValue... files) {
    Map<String, BValue> info = singleFileInfo();
    info.remove("length");
    info.put("name", BString.of("album"));
    info.put("files", BList.of(files));
    return info;
  }

  public static BDict file(long length, String... path) {
    return BDict.builder()
        .put("length", length)
        .put("path", BList.of(List.of(path).stream().map(BString::of).toList()))
        .build();
  }

  /** A torrent's top level: {@link #ANNOUNCE} and {@code info}. */
  public static Map<String, BValue> root(Map<String, BValue> info) {
    Map<String, BValue> root = new LinkedHashMap<>();
    root.put("announce", BString.of(ANNOUNCE));
    root.put("info", BDict.of(info));
    return root;
  }

  public static byte[] encode(Map<String, BValue> root) {
    return Bencoder.encode(BDict.of(root));
  }

  public static byte[] torrent(Map<String, BValue> info) {
    return encode(root(info));
  }

  /** file.bin announcing to {@link #ANNOUNCE}, nothing else. */
  public static byte[] plain() {
    return torrent(singleFileInfo());
  }

  /** An announce-list and keys the tools know nothing about, before and after info and in it. */
  public static byte[] withExtras() {
    Map<String, BValue> info = singleFileInfo();
    info.put("x-custom", BString.of("kept"));
    Map<String, BValue> root = root(info);
    root.put("announce-list", tiers(List.of(List.of("http://t1", "http://t2"))));
    root.put("aaa unknown", BList.of(BString.of("x"), BDict.builder().put("k", 1).build()));
    root.put("creation date", BInteger.of(1234567890));
    root.put("zzz unknown", BString.of("tail"));
    return encode(root);
  }

  public static InfoHash infoHash(byte[] torrent) {
    return MetainfoParser.parse(torrent).infoHash();
  }

  public static InfoHash infoHash(Path file) {
    return infoHash(read(file));
  }

  public static Path write(Path file, byte[] content) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      return Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes under {@code dir}, making the directories of {@code relative}. */
  public static Path write(Path dir, String relative, byte[] content) {
    return write(dir.resolve(relative), content);
  }

  public static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static BDict rootOf(Path file) {
    return (BDict) Bdecoder.decode(read(file), BencodeLimits.TORRENT_FILE);
  }

  /** The exact bytes {@code key}'s value occupies in the file. */
  public static byte[] rawValue(byte[] torrent, String key) {
    BDict root = (BDict) Bdecoder.decode(torrent, BencodeLimits.TORRENT_FILE);
    var value = root.get(key).orElseThrow();
    return Arrays.copyOfRange(torrent, value.start(), value.end());
  }

  public static String ascii(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  private static BList tiers(List<List<String>> tiers) {
    return BList.of(
        tiers.stream().map(t -> BList.of(t.stream().map(BString::of).toList())).toList());
  }

  private static byte[] pieceHashes(Path file, int pieceLength) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      ByteArrayOutputStream hashes = new ByteArrayOutputStream();
      byte[] piece;
      while ((piece = in.readNBytes(pieceLength)).length > 0) {
        hashes.write(MessageDigest.getInstance("SHA-1").digest(piece));
      }
      return hashes.toByteArray();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
