package io.rampart.world;

import io.rampart.world.log.EventLog;
import io.rampart.world.net.Network;
import io.rampart.world.random.DeterministicRandom;
import io.rampart.world.store.InMemoryKvStore;
import io.rampart.world.store.KvStore;
import io.rampart.world.time.SimDuration;
import io.rampart.world.time.SimTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A deterministic discrete-event world: a simulated clock, a seeded random source, actors, a
 * simulated network and fault injection. Events are ordered by (time, sequence number), the
 * sequence number being the order in which they were scheduled, so ties resolve the same way in
 * every run. Every processed event is appended to the {@link EventLog}; every registered {@link
 * Invariant} is checked after every event.
 *
 * <p>Not thread-safe: one thread drives the world (the test, the scenario runner, or a {@link
 * io.rampart.world.realtime.RealTimeDriver}).
 */
public final class World {
  private final long seed;
  private final Network network = new Network();
  private final DeterministicRandom networkRandom;
  private final EventLog log;
  private final PriorityQueue<Event> queue =
      new PriorityQueue<>(
          (a, b) -> a.time != b.time ? Long.compare(a.time, b.time) : Long.compare(a.seq, b.seq));
  private final Map<ActorId, Slot> actors = new LinkedHashMap<>();
  private final List<Named> invariants = new ArrayList<>();
  private long now;
  private long nextSeq;
  private long nextTimer;
  private long processed;

  private record Named(String name, Invariant invariant) {}

  private final class Slot implements ActorContext {
    final ActorId id;
    final Supplier<? extends Actor> factory;
    final KvStore store = new InMemoryKvStore();
    final Set<Long> timers = new HashSet<>();
    Actor instance;
    int incarnation;
    DeterministicRandom random;

    Slot(ActorId id, Supplier<? extends Actor> factory) {
      this.id = id;
      this.factory = factory;
    }

    @Override
    public ActorId self() {
      return id;
    }

    @Override
    public SimTime now() {
      return SimTime.ofMicros(now);
    }

    @Override
    public void send(ActorId to, Message message) {
      World.this.send(id, to, message);
    }

    @Override
    public TimerId setTimer(SimDuration delay, Message tag) {
      long t = nextTimer++;
      timers.add(t);
      schedule(Math.addExact(now, delay.micros()), EventKind.TIMER, id, null, tag, t, null, null);
      return new TimerId(t);
    }

    @Override
    public void cancelTimer(TimerId timer) {
      timers.remove(timer.value());
    }

    @Override
    public DeterministicRandom random() {
      return random;
    }

    @Override
    public KvStore store() {
      return store;
    }

    @Override
    public void trace(String line) {
      log.record(now(), "trace", id + " " + line);
    }
  }

  /** A world with a 64-entry log tail for failure reports. */
  public World(long seed) {
    this(seed, 64);
  }

  public World(long seed, int logTail) {
    this.seed = seed;
    this.networkRandom = DeterministicRandom.stream(seed, "network");
    this.log = new EventLog(logTail);
  }

  public long seed() {
    return seed;
  }

  public SimTime now() {
    return SimTime.ofMicros(now);
  }

  public Network network() {
    return network;
  }

  public EventLog log() {
    return log;
  }

  /** Number of events processed so far. */
  public long eventsProcessed() {
    return processed;
  }

  /**
   * A random stream for scenario code (workload generators, fault schedules), independent of every
   * actor's stream.
   */
  public DeterministicRandom randomStream(String label) {
    return DeterministicRandom.stream(seed, "scenario:" + label);
  }

  /** Adds an actor; it starts at the current time, after events already scheduled for it. */
  public ActorId spawn(String name, Supplier<? extends Actor> factory) {
    ActorId id = ActorId.of(name);
    if (actors.containsKey(id)) {
      throw new IllegalArgumentException("actor already exists: " + name);
    }
    actors.put(id, new Slot(id, factory));
    schedule(now, EventKind.START, id, null, null, 0, null, null);
    return id;
  }

  /** The live instance of an actor, for inspection in tests; empty while it is crashed. */
  public <T extends Actor> Optional<T> actor(ActorId id, Class<T> type) {
    Slot s = slot(id);
    return s.instance == null ? Optional.empty() : Optional.of(type.cast(s.instance));
  }

  public boolean isUp(ActorId id) {
    return slot(id).instance != null;
  }

  /** The persistent store of an actor (also while it is down). */
  public KvStore storeOf(ActorId id) {
    return slot(id).store;
  }

  /** Crashes {@code id} now (as the next event at the current time). */
  public void crash(ActorId id) {
    slot(id);
    schedule(now, EventKind.CRASH, id, null, null, 0, null, null);
  }

  /** Restarts {@code id} from its store now (as the next event at the current time). */
  public void restart(ActorId id) {
    slot(id);
    schedule(now, EventKind.RESTART, id, null, null, 0, null, null);
  }

  /** Sends a message from outside any actor (a user, a test); it goes through the network. */
  public void inject(ActorId from, ActorId to, Message message) {
    send(from, to, message);
  }

  /** Runs {@code action} as an event at {@code time}; fault injection and scenario steps. */
  public void at(SimTime time, String label, Consumer<World> action) {
    if (time.micros() < now) {
      throw new IllegalArgumentException("cannot schedule in the past: " + time + " < " + now());
    }
    schedule(time.micros(), EventKind.ACTION, null, null, null, 0, label, action);
  }

  public void after(SimDuration delay, String label, Consumer<World> action) {
    at(now().plus(delay), label, action);
  }

  public void addInvariant(String name, Invariant invariant) {
    invariants.add(new Named(name, invariant));
  }

  /** The time of the next pending event, if any. */
  public Optional<SimTime> nextEventTime() {
    Event e = queue.peek();
    return e == null ? Optional.empty() : Optional.of(SimTime.ofMicros(e.time));
  }

  /** Processes every event up to and including {@code until}, then sets the clock to it. */
  public void runUntil(SimTime until) {
    long limit = until.micros();
    while (!queue.isEmpty() && queue.peek().time <= limit) {
      step();
    }
    if (limit > now) {
      now = limit;
    }
  }

  public void runFor(SimDuration span) {
    runUntil(now().plus(span));
  }

  /** Processes the next event; false when there is none. */
  public boolean step() {
    Event e = queue.poll();
    if (e == null) {
      return false;
    }
    now = e.time;
    processed++;
    try {
      dispatch(e);
    } catch (InvariantViolation v) {
      throw v;
    } catch (RuntimeException | AssertionError ex) {
      throw failure("event failed: " + ex, ex);
    }
    for (Named n : invariants) {
      Optional<String> bad = n.invariant.check();
      if (bad.isPresent()) {
        throw failure("invariant '" + n.name + "' violated: " + bad.get(), null);
      }
    }
    return true;
  }

  private InvariantViolation failure(String what, Throwable cause) {
    StringBuilder sb = new StringBuilder();
    sb.append(what)
        .append("\n  seed=")
        .append(seed)
        .append(" (replay with new World(")
        .append(seed)
        .append("L)) at ")
        .append(now())
        .append(", event #")
        .append(processed)
        .append("\n  last events:");
    for (String line : log.tail()) {
      sb.append("\n    ").append(line);
    }
    return new InvariantViolation(seed, processed, sb.toString(), cause);
  }

  private void dispatch(Event e) {
    switch (e.kind) {
      case START -> {
        Slot s = slot(e.target);
        log.record(now(), "start", s.id.name());
        bringUp(s).onStart(s);
      }
      case RESTART -> {
        Slot s = slot(e.target);
        if (s.instance != null) {
          log.record(now(), "restart-ignored", s.id + " (up)");
          return;
        }
        log.record(now(), "restart", s.id.name());
        bringUp(s).onRestart(s);
      }
      case CRASH -> {
        Slot s = slot(e.target);
        if (s.instance == null) {
          log.record(now(), "crash-ignored", s.id + " (down)");
          return;
        }
        log.record(now(), "crash", s.id.name());
        Actor dead = s.instance;
        s.instance = null;
        s.timers.clear();
        dead.onCrash();
      }
      case DELIVER -> {
        Slot s = slot(e.target);
        if (s.instance == null) {
          log.record(now(), "lost", e.from + "->" + e.target + " down " + e.message.describe());
          return;
        }
        if (network.isCut(e.from, e.target)) {
          log.record(
              now(), "lost", e.from + "->" + e.target + " partition " + e.message.describe());
          return;
        }
        log.record(now(), "deliver", e.from + "->" + e.target + " " + e.message.describe());
        s.instance.onMessage(s, e.from, e.message);
      }
      case TIMER -> {
        Slot s = slot(e.target);
        if (s.instance == null || !s.timers.remove(e.timerId)) {
          return;
        }
        log.record(now(), "timer", e.target + " " + e.message.describe());
        s.instance.onTimer(s, e.message);
      }
      case ACTION -> {
        log.record(now(), "action", e.label);
        e.action.accept(this);
      }
    }
  }

  private Actor bringUp(Slot s) {
    s.incarnation++;
    s.random = DeterministicRandom.stream(seed, "actor:" + s.id.name() + "#" + s.incarnation);
    s.instance = s.factory.get();
    return s.instance;
  }

  private void send(ActorId from, ActorId to, Message message) {
    slot(to);
    switch (network.route(now(), from, to, message, networkRandom)) {
      case Network.Deliver d ->
          schedule(
              Math.addExact(now, d.delay().micros()),
              EventKind.DELIVER,
              to,
              from,
              message,
              0,
              null,
              null);
      case Network.Lost l ->
          log.record(now(), "lost", from + "->" + to + " " + l.reason() + " " + message.describe());
    }
  }

  private void schedule(
      long time,
      EventKind kind,
      ActorId target,
      ActorId from,
      Message message,
      long timerId,
      String label,
      Consumer<World> action) {
    queue.add(new Event(time, nextSeq++, kind, target, from, message, timerId, label, action));
  }

  private Slot slot(ActorId id) {
    Slot s = actors.get(id);
    if (s == null) {
      throw new IllegalArgumentException("no such actor: " + id);
    }
    return s;
  }
}
