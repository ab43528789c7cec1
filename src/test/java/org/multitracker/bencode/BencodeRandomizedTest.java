package org.multitracker.bencode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Fixed seeds keep failures reproducible; the seed is in each assertion's description. */
class BencodeRandomizedTest {

  private static final BencodeLimits STRICT = BencodeLimits.TORRENT_FILE;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 1234567})
  void randomValuesRoundTrip(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 300; i++) {
      BValue value = randomValue(random, 0);

      byte[] encoded = Bencoder.encode(value);
      BValue decoded = Bdecoder.decode(encoded, STRICT);

      assertThat(decoded).as("seed %d value %d", seed, i).isEqualTo(value);
      assertThat(new BencodeWriter().value(decoded).toByteArray()).isEqualTo(encoded);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {7, 8, 9, 99, 7654321})
  void mutatedInputThrowsOnlyBencodeException(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 2000; i++) {
      byte[] data = Bencoder.encode(randomValue(random, 0));
      mutate(random, data);
      for (BencodeLimits limits : List.of(STRICT, BencodeLimits.TRACKER_RESPONSE)) {
        Throwable thrown = catchThrowable(() -> Bdecoder.decode(data, limits));

        if (thrown != null) {
          assertThat(thrown).as("seed %d input %d", seed, i).isInstanceOf(BencodeException.class);
        }
      }
    }
  }

  private static void mutate(Random random, byte[] data) {
    // Mostly structural bytes: random noise alone rarely gets past the first byte.
    byte[] alphabet = "0123456789ilde:-x".getBytes(StandardCharsets.US_ASCII);
    int mutations = 1 + random.nextInt(3);
    for (int m = 0; m < mutations; m++) {
      int at = random.nextInt(data.length);
      data[at] =
          random.nextBoolean()
              ? alphabet[random.nextInt(alphabet.length)]
              : (byte) random.nextInt(256);
    }
  }

  private static BValue randomValue(Random random, int depth) {
    int kind = random.nextInt(depth > 4 ? 2 : 4);
    switch (kind) {
      case 0:
        return BInteger.of(randomLong(random));
      case 1:
        byte[] bytes = new byte[random.nextInt(12)];
        random.nextBytes(bytes);
        return BString.of(bytes);
      case 2:
        List<BValue> items = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
          items.add(randomValue(random, depth + 1));
        }
        return BList.of(items);
      default:
        Map<String, BValue> entries = new LinkedHashMap<>();
        for (int i = random.nextInt(5); i > 0; i--) {
          char[] key = new char[random.nextInt(4)];
          for (int k = 0; k < key.length; k++) {
            key[k] = (char) random.nextInt(256);
          }
          entries.put(new String(key), randomValue(random, depth + 1));
        }
        return BDict.of(entries);
    }
  }

  private static long randomLong(Random random) {
    switch (random.nextInt(4)) {
      case 0:
        return random.nextInt(21) - 10;
      case 1:
        return random.nextBoolean() ? Long.MAX_VALUE : Long.MIN_VALUE;
      default:
        return random.nextLong() >> random.nextInt(64);
    }
  }
}
