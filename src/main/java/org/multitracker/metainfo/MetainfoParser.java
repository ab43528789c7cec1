package org.multitracker.metainfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.multitracker.bencode.BDict;
import org.multitracker.bencode.BInteger;
import org.multitracker.bencode.BList;
import org.multitracker.bencode.BString;
import org.multitracker.bencode.BValue;
import org.multitracker.bencode.Bdecoder;
import org.multitracker.bencode.BencodeException;
import org.multitracker.bencode.BencodeLimits;

/**
 * Parses and validates uploaded .torrent files.
 *
 * <p>Keys must be sorted, as BEP 3 requires. Since the info hash is taken over the stored bytes,
 * leniency would be possible, but a file that is not canonical is most likely hand-edited or
 * produced by a broken tool, and refusing it early costs less than a swarm that never forms.
 */
public final class MetainfoParser {

  /** Largest accepted file; see {@link BencodeLimits#TORRENT_FILE} for why this is ample. */
  public static final int MAX_SIZE = BencodeLimits.TORRENT_FILE.maxInputSize();

  private MetainfoParser() {}

  /**
   * @throws InvalidMetainfoException if the file is not a well-formed torrent
   * @throws NullPointerException if {@code torrentFile} is null
   */
  public static Metainfo parse(byte[] torrentFile) {
    Objects.requireNonNull(torrentFile, "torrentFile");
    if (torrentFile.length > MAX_SIZE) {
      throw new InvalidMetainfoException(
          "torrent file of "
              + torrentFile.length
              + " bytes exceeds the limit of "
              + MAX_SIZE
              + " bytes");
    }
    if (torrentFile.length == 0) {
      throw new InvalidMetainfoException("torrent file is empty");
    }
    BValue top;
    try {
      top = Bdecoder.decode(torrentFile, BencodeLimits.TORRENT_FILE);
    } catch (BencodeException e) {
      throw new InvalidMetainfoException("not bencoded: " + e.getMessage(), e);
    }
    if (!(top instanceof BDict root)) {
      throw new InvalidMetainfoException("top level is not a dictionary");
    }
    BValue infoValue =
        root.get("info").orElseThrow(() -> new InvalidMetainfoException("info dictionary missing"));
    if (!(infoValue instanceof BDict info)) {
      throw new InvalidMetainfoException("info is not a dictionary");
    }

    String name = name(info);
    checkPieces(info);
    Content content = content(info);

    // The span, not a re-encoding: the hash must cover exactly the bytes clients will hash.
    InfoHash infoHash = InfoHash.sha1Of(torrentFile, info.start(), info.end() - info.start());
    return new Metainfo(
        infoHash,
        name,
        content.totalLength(),
        content.fileCount(),
        optionalText(root, "announce").orElse(null),
        announceList(root),
        optionalText(root, "failure reason"),
        optionalText(root, "warning message"));
  }

  private static String name(BDict info) {
    BString raw = requiredString(info, "name");
    checkName(raw, "name");
    Optional<BString> utf8 = optionalString(info, "name.utf-8");
    utf8.ifPresent(s -> checkName(s, "name.utf-8"));
    return utf8.orElse(raw).utf8();
  }

  private static void checkName(BString name, String key) {
    if (name.length() == 0) {
      throw new InvalidMetainfoException(key + " is empty");
    }
    String problem = componentProblem(name);
    if (problem != null) {
      throw new InvalidMetainfoException(key + " " + problem);
    }
  }

  /**
   * Why a name or path component could escape its directory or confuse a client, or null if it is
   * fine. Checked on the bytes: '/' and NUL are single bytes in UTF-8, so no decoding can hide
   * them.
   */
  private static String componentProblem(BString component) {
    int n = component.length();
    for (int i = 0; i < n; i++) {
      byte b = component.byteAt(i);
      if (b == '/') {
        return "contains '/'";
      }
      if (b == 0) {
        return "contains a NUL byte";
      }
    }
    if (n <= 2 && (component.latin1().equals(".") || component.latin1().equals(".."))) {
      return "is \"" + component.latin1() + "\"";
    }
    return null;
  }

  private static void checkPieces(BDict info) {
    long pieceLength = requiredInteger(info, "piece length");
    if (pieceLength <= 0) {
      throw new InvalidMetainfoException("piece length must be positive, got " + pieceLength);
    }
    BString pieces = requiredString(info, "pieces");
    if (pieces.length() % 20 != 0) {
      throw new InvalidMetainfoException(
          "pieces length " + pieces.length() + " is not a multiple of 20");
    }
  }

  private record Content(long totalLength, int fileCount) {}

  private static Content content(BDict info) {
    boolean single = info.containsKey("length");
    boolean multi = info.containsKey("files");
    if (single && multi) {
      throw new InvalidMetainfoException("info has both length and files");
    }
    if (single) {
      long length = requiredInteger(info, "length");
      if (length < 0) {
        throw new InvalidMetainfoException("negative length " + length);
      }
      return new Content(length, 1);
    }
    if (!multi) {
      throw new InvalidMetainfoException("info has neither length nor files");
    }
    if (!(info.get("files").orElseThrow() instanceof BList files)) {
      throw new InvalidMetainfoException("files is not a list");
    }
    if (files.size() == 0) {
      throw new InvalidMetainfoException("files list is empty");
    }
    long total = 0;
    for (int i = 0; i < files.size(); i++) {
      if (!(files.get(i) instanceof BDict file)) {
        throw new InvalidMetainfoException("file " + i + " is not a dictionary");
      }
      long length = requiredInteger(file, "length", "file " + i + " length");
      if (length < 0) {
        throw new InvalidMetainfoException("file " + i + " has negative length " + length);
      }
      checkPath(file, i);
      try {
        total = Math.addExact(total, length);
      } catch (ArithmeticException e) {
        throw new InvalidMetainfoException("total length of files exceeds 2^63-1 bytes");
      }
    }
    // Under 16 MiB of input each file costs several bytes, so the count fits an int.
    return new Content(total, files.size());
  }

  private static void checkPath(BDict file, int index) {
    String what = "file " + index + " path";
    BValue value =
        file.get("path").orElseThrow(() -> new InvalidMetainfoException(what + " missing"));
    if (!(value instanceof BList path)) {
      throw new InvalidMetainfoException(what + " is not a list");
    }
    if (path.size() == 0) {
      throw new InvalidMetainfoException(what + " is empty");
    }
    for (int j = 0; j < path.size(); j++) {
      if (!(path.get(j) instanceof BString component)) {
        throw new InvalidMetainfoException(what + " component " + j + " is not a string");
      }
      if (component.length() == 0) {
        throw new InvalidMetainfoException(what + " component " + j + " is empty");
      }
      String problem = componentProblem(component);
      if (problem != null) {
        throw new InvalidMetainfoException(what + " component " + j + " " + problem);
      }
    }
  }

  private static List<List<String>> announceList(BDict root) {
    Optional<BValue> value = root.get("announce-list");
    if (value.isEmpty()) {
      return List.of();
    }
    if (!(value.get() instanceof BList tiers)) {
      throw new InvalidMetainfoException("announce-list is not a list");
    }
    List<List<String>> result = new ArrayList<>();
    for (int i = 0; i < tiers.size(); i++) {
      if (!(tiers.get(i) instanceof BList tier)) {
        throw new InvalidMetainfoException("announce-list tier " + i + " is not a list");
      }
      List<String> urls = new ArrayList<>();
      for (int j = 0; j < tier.size(); j++) {
        if (!(tier.get(j) instanceof BString url)) {
          throw new InvalidMetainfoException(
              "announce-list tier " + i + " entry " + j + " is not a string");
        }
        urls.add(url.utf8());
      }
      if (!urls.isEmpty()) {
        result.add(urls);
      }
    }
    return result;
  }

  private static BString requiredString(BDict dict, String key) {
    return optionalString(dict, key)
        .orElseThrow(() -> new InvalidMetainfoException(key + " missing"));
  }

  private static Optional<BString> optionalString(BDict dict, String key) {
    Optional<BValue> value = dict.get(key);
    if (value.isPresent() && !(value.get() instanceof BString)) {
      throw new InvalidMetainfoException(key + " is not a string");
    }
    return value.map(BString.class::cast);
  }

  private static Optional<String> optionalText(BDict dict, String key) {
    return optionalString(dict, key).map(BString::utf8);
  }

  private static long requiredInteger(BDict dict, String key) {
    return requiredInteger(dict, key, key);
  }

  private static long requiredInteger(BDict dict, String key, String what) {
    BValue value = dict.get(key).orElseThrow(() -> new InvalidMetainfoException(what + " missing"));
    if (!(value instanceof BInteger integer)) {
      throw new InvalidMetainfoException(what + " is not an integer");
    }
    return integer.value();
  }
}
