package org.multitracker.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The tarpit of refused form logins, with a fake scheduler (tasks run when the test says) and fake
 * servlet objects that record what the tarpit did to them.
 */
class LoginTarpitTest {
  private final LoginTarpit tarpit = new LoginTarpit();
  private final List<Long> delays = new ArrayList<>();
  private final List<Runnable> tasks = new ArrayList<>();

  LoginTarpitTest() {
    tarpit.delays =
        (millis, task) -> {
          delays.add(millis);
          tasks.add(task);
        };
  }

  /** One request and its answer, as the tarpit left them. */
  private static final class Exchange {
    final List<String> async = new ArrayList<>();
    final Map<String, String> headers = new HashMap<>();
    final ByteArrayOutputStream body = new ByteArrayOutputStream();
    ParkedRefusal listener;
    int status;
    boolean asyncRefused;

    final AsyncContext context =
        proxy(
            AsyncContext.class,
            (name, args) -> {
              if (name.equals("addListener")) {
                listener = (ParkedRefusal) args[0];
              }
              async.add(name + (args == null || name.equals("addListener") ? "" : " " + args[0]));
              return null;
            });
    final HttpServletRequest req =
        proxy(
            HttpServletRequest.class,
            (name, args) -> {
              if (asyncRefused) {
                throw new IllegalStateException("not asynchronous");
              }
              return name.equals("startAsync") ? context : null;
            });
    final HttpServletResponse resp =
        proxy(
            HttpServletResponse.class,
            (name, args) -> {
              switch (name) {
                case "setStatus" -> status = (Integer) args[0];
                case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                case "getOutputStream" -> {
                  return new Recording(body);
                }
                default -> {}
              }
              return null;
            });

    String text() {
      return body.toString(StandardCharsets.UTF_8);
    }
  }

  private interface Calls {
    Object call(String method, Object[] args);
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, Calls calls) {
    return (T)
        Proxy.newProxyInstance(
            LoginTarpitTest.class.getClassLoader(),
            new Class<?>[] {type},
            (p, m, args) -> calls.call(m.getName(), args));
  }

  private static final class Recording extends ServletOutputStream {
    private final ByteArrayOutputStream out;

    Recording(ByteArrayOutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) {
      out.write(b);
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {}
  }

  private static LoginGate.Admission backoff(long waitMillis) {
    return new LoginGate.Admission(false, LoginGate.Outcome.BACKOFF, waitMillis);
  }

  @Test
  void answersABackoffRefusalAfterTheAddressWaitHoldingNoThread() throws IOException {
    Exchange e = new Exchange();
    tarpit.refuse(e.req, e.resp, backoff(1_000));
    assertThat(e.async).containsExactly("setTimeout 6000", "addListener");
    assertThat(delays).containsExactly(1_000L);
    assertThat(e.status).as("nothing sent yet").isZero();
    assertThat(tarpit.parked()).isEqualTo(1);

    tasks.get(0).run();
    assertThat(e.status).isEqualTo(429);
    assertThat(e.headers).containsEntry("Retry-After", "1").doesNotContainKey("Connection");
    assertThat(e.text()).startsWith("Too many failed logins");
    assertThat(e.async).endsWith("complete");
    assertThat(tarpit.parked()).isZero();
    assertThat(tarpit.delayed()).isEqualTo(1);
  }

  @Test
  void holdsALongBackoffAtMostTheMaximumAndTellsWhatIsLeft() throws IOException {
    Exchange e = new Exchange();
    tarpit.refuse(e.req, e.resp, backoff(8_000));
    assertThat(delays).containsExactly(LoginTarpit.MAX_DELAY_MILLIS);
    tasks.get(0).run();
    assertThat(e.headers).containsEntry("Retry-After", "7"); // 8 s - 1.5 s, rounded up
  }

  @Test
  void holdsABusyRefusalASecond() throws IOException {
    Exchange e = new Exchange();
    tarpit.refuse(e.req, e.resp, new LoginGate.Admission(false, LoginGate.Outcome.BUSY, 1_000));
    assertThat(delays).containsExactly(1_000L);
    tasks.get(0).run();
    assertThat(e.status).isEqualTo(503);
    assertThat(e.headers).containsEntry("Retry-After", "1");
  }

  @Test
  void answersOnceWhenTheContainerTimesOutFirst() throws IOException {
    Exchange e = new Exchange();
    tarpit.refuse(e.req, e.resp, backoff(2_000));
    e.listener.onTimeout(null);
    int written = e.body.size();
    tasks.get(0).run();
    e.listener.onComplete(null);
    assertThat(e.body.size()).isEqualTo(written);
    assertThat(e.async.stream().filter(c -> c.equals("complete"))).hasSize(1);
    assertThat(tarpit.parked()).isZero();
  }

  @Test
  void givesThePlaceBackWhenTheClientLeaves() throws IOException {
    Exchange e = new Exchange();
    tarpit.refuse(e.req, e.resp, backoff(2_000));
    e.listener.onError(null);
    tasks.get(0).run();
    assertThat(e.status).isZero();
    assertThat(tarpit.parked()).isZero();
  }

  @Test
  void refusesAtOnceAndClosesBeyondTheParkedBound() throws IOException {
    for (int i = 0; i < LoginTarpit.MAX_PARKED; i++) {
      Exchange waiting = new Exchange();
      tarpit.refuse(waiting.req, waiting.resp, backoff(2_000));
    }
    Exchange e = new Exchange();
    tarpit.refuse(e.req, e.resp, backoff(2_000));
    assertThat(e.async).isEmpty();
    assertThat(e.status).isEqualTo(429);
    assertThat(e.headers).containsEntry("Connection", "close").containsEntry("Retry-After", "2");
    assertThat(tarpit.parked()).isEqualTo(LoginTarpit.MAX_PARKED);
    assertThat(tarpit.answeredAtOnce()).isEqualTo(1);
    tasks.forEach(Runnable::run);
    assertThat(tarpit.parked()).isZero();
  }

  @Test
  void answersAtOnceWhenTheContainerRefusesToWait() throws IOException {
    Exchange e = new Exchange();
    e.asyncRefused = true;
    tarpit.refuse(e.req, e.resp, backoff(2_000));
    assertThat(e.status).isEqualTo(429);
    assertThat(tasks).isEmpty();
    assertThat(tarpit.parked()).isZero();
  }
}
