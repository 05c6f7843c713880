package org.geokg.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/** The benchmarks' heap measurements: in use after a GC, the pools' peaks, and the live peak over a run. */
final class Heap {
  private Heap() {}

  /** The heap in use after asking for a full collection. */
  static long afterGc() {
    // A hint, twice: the second collects what the first made unreachable (finalisable, weak refs).
    System.gc();
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** Starts the heap pools' peak usage afresh, for {@link #peakUsed()}. */
  static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  /** The sum of the heap pools' peak usage since {@link #resetPeaks()} (garbage included). */
  static long peakUsed() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /**
   * The live heap: after every garbage collection (young ones included), the heap in use after it,
   * from the collectors' notifications; keeps the largest. Garbage not yet collected is not counted,
   * so this is what the run needs, not what the JVM happened to let it grow to.
   */
  static final class Sampler implements NotificationListener {
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final Set<String> heapPools = new HashSet<>();
    private volatile long maxLive;

    /** Starts listening to the collectors. */
    Sampler() {
      for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
        if (p.getType() == MemoryType.HEAP) {
          heapPools.add(p.getName());
        }
      }
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        if (gc instanceof NotificationEmitter e) {
          e.addNotificationListener(this, null, null);
          emitters.add(e);
        }
      }
    }

    @Override
    public void handleNotification(Notification n, Object handback) {
      if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
        return;
      }
      var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
      long live = 0;
      for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
        if (heapPools.contains(e.getKey())) {
          live += e.getValue().getUsed();
        }
      }
      synchronized (this) {
        maxLive = Math.max(maxLive, live);
      }
    }

    /** The largest heap in use after a collection so far, in bytes. */
    long maxLive() {
      return maxLive;
    }

    /** Stops listening. */
    void stop() {
      for (NotificationEmitter e : emitters) {
        try {
          e.removeNotificationListener(this);
        } catch (ListenerNotFoundException ignored) {
          // already gone
        }
      }
    }
  }
}
