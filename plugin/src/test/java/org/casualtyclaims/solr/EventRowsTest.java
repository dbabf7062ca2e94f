package org.casualtyclaims.solr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventRowsTest {
  private static final String DORN = "killed|people|NO|incident|Aldmark|Dorn";
  private static final String WAR = "killed|troops|NO|cumulative||";

  @Test
  void shardsAddUpByEqualSeriesAndDay() {
    EventRows a = new EventRows(List.of(DORN, WAR), new int[] {2, 1}, new int[] {10, 12, 40},
        new long[] {1, 2, 3}, new long[] {1, 1, 2});
    EventRows b = new EventRows(List.of(DORN), new int[] {3}, new int[] {9, 12, 13},
        new long[] {5, 1, 1}, new long[] {2, 1, 1});
    EventRows.Sum sum = new EventRows.Sum();
    sum.add(a);
    sum.add(b);
    EventRows merged = EventRows.read(sum.result().toValue());
    int dorn = merged.series.indexOf(DORN);
    int war = merged.series.indexOf(WAR);
    assertEquals(2, merged.series.size());
    int dornAt = dorn == 0 ? 0 : merged.rows[0];
    int warAt = war == 0 ? 0 : merged.rows[0];
    assertEquals(4, merged.rows[dorn]);
    assertArrayEquals(new int[] {9, 10, 12, 13}, slice(merged.day, dornAt, 4));
    assertArrayEquals(new long[] {5, 1, 3, 1}, slice(merged.claims, dornAt, 4));
    assertArrayEquals(new long[] {2, 1, 2, 1}, slice(merged.articles, dornAt, 4));
    assertEquals(40, merged.day[warAt]);
  }

  @Test
  void oneShardIsTakenAsItCame() {
    EventRows only = new EventRows(List.of(WAR), new int[] {1}, new int[] {4}, new long[] {1},
        new long[] {1});
    EventRows.Sum sum = new EventRows.Sum();
    sum.add(only);
    assertSame(only, sum.result());
    assertEquals(0, new EventRows.Sum().result().day.length);
  }

  @Test
  void readsListsOfNumbersAndRefusesMismatchedArrays() {
    Object fromShard = new org.apache.solr.common.util.SimpleOrderedMap<Object>();
    var map = (org.apache.solr.common.util.SimpleOrderedMap<Object>) fromShard;
    map.add(EventRows.SERIES, List.of(WAR));
    map.add(EventRows.ROWS, List.of(2));
    map.add(EventRows.DAY, List.of(3, 5));
    map.add(EventRows.CLAIMS, List.of(1L, 2L));
    map.add(EventRows.ARTICLES, List.of(1L, 1L));
    assertArrayEquals(new int[] {3, 5}, EventRows.read(fromShard).day);
    map.setVal(1, List.of(3));
    assertThrows(IllegalStateException.class, () -> EventRows.read(fromShard));
    assertEquals(0, EventRows.read(null).series.size());
  }

  private static int[] slice(int[] a, int from, int n) {
    return java.util.Arrays.copyOfRange(a, from, from + n);
  }

  private static long[] slice(long[] a, int from, int n) {
    return java.util.Arrays.copyOfRange(a, from, from + n);
  }
}
