package org.yanlu.archive.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The most heap a run kept alive: what the heap held after each garbage collection, young ones
 * included, at its highest. A pool's peak use counts the garbage the young generation may fill up
 * to (it grows with the heap given, not with what the work needs); after a collection, what is left
 * is what the work holds, and what the old generation has not yet had collected.
 */
final class HeapWatch implements AutoCloseable {
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener listener = this::collected;
  private volatile long peak;

  HeapWatch() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        emitters.add(emitter);
      }
    }
  }

  private void collected(Notification notification, Object handback) {
    if (!notification
        .getType()
        .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    long used = 0;
    for (MemoryUsage after : info.getGcInfo().getMemoryUsageAfterGc().values()) {
      used += after.getUsed();
    }
    synchronized (this) {
      peak = Math.max(peak, used);
    }
  }

  /**
   * The highest heap in use after a collection so far, in bytes (non-heap pools, such as the code
   * cache and metaspace, included: tens of MB).
   */
  long peakAfterCollection() {
    return peak;
  }

  @Override
  public void close() {
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(listener);
      } catch (ListenerNotFoundException e) {
        // already gone
      }
    }
  }
}
