package org.casewise.analyse.theme;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The model's feature dictionary compiled for scoring: stems get small ids, unigrams a row per
 * stem id and bigrams a row per pair of ids, so a sentence is scored without building a feature
 * name string per word (building and hashing those names was half the theme-scoring time).
 * Training keeps the readable names ({@link Features#extract}); both forms give the same rows.
 * Immutable after construction, so thread-safe.
 */
final class FeatureSpace {

    private final Map<String, Integer> stemIds = new HashMap<>();
    private final int[] unigramRow;
    private final LongIntMap bigramRow;
    /** Rows of the rule features (T:, C:, NOT:, ...), by name: few per sentence, so names are fine. */
    private final Map<String, Integer> ruleRow = new HashMap<>();

    FeatureSpace(Map<String, Integer> featureIndex) {
        Map<Integer, Integer> unigrams = new HashMap<>();
        Map<Long, Integer> bigrams = new HashMap<>();
        for (Map.Entry<String, Integer> e : featureIndex.entrySet()) {
            String name = e.getKey();
            if (name.startsWith("u:")) {
                unigrams.put(id(name.substring(2)), e.getValue());
            } else if (name.startsWith("b:")) {
                // stems are letters and digits only (Tokens), so '_' separates the two unambiguously
                int cut = name.indexOf('_', 2);
                bigrams.put(pair(id(name.substring(2, cut)), id(name.substring(cut + 1))), e.getValue());
            } else {
                ruleRow.put(name, e.getValue());
            }
        }
        unigramRow = new int[stemIds.size()];
        Arrays.fill(unigramRow, -1);
        unigrams.forEach((id, row) -> unigramRow[id] = row);
        bigramRow = new LongIntMap(bigrams.size());
        bigrams.forEach(bigramRow::put);
    }

    private int id(String stem) {
        return stemIds.computeIfAbsent(stem, s -> stemIds.size());
    }

    /** The id of a stem in the dictionary, or -1 when no feature uses it. */
    int stemId(String stem) {
        Integer id = stemIds.get(stem);
        return id == null ? -1 : id;
    }

    int unigramRow(int stemId) {
        return stemId < 0 ? -1 : unigramRow[stemId];
    }

    int bigramRow(int first, int second) {
        return first < 0 || second < 0 ? -1 : bigramRow.get(pair(first, second));
    }

    int ruleRow(String name) {
        Integer row = ruleRow.get(name);
        return row == null ? -1 : row;
    }

    private static long pair(int a, int b) {
        return ((long) a << 32) | (b & 0xffffffffL);
    }

    /** Open addressing, linear probing; keys are never negative, so -1 marks an empty slot. */
    private static final class LongIntMap {
        private final long[] keys;
        private final int[] values;
        private final int mask;

        LongIntMap(int expected) {
            int cap = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
            keys = new long[cap];
            values = new int[cap];
            mask = cap - 1;
            Arrays.fill(keys, -1L);
        }

        void put(long key, int value) {
            int i = slot(key);
            while (keys[i] != -1L && keys[i] != key) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            values[i] = value;
        }

        int get(long key) {
            int i = slot(key);
            while (keys[i] != -1L) {
                if (keys[i] == key) {
                    return values[i];
                }
                i = (i + 1) & mask;
            }
            return -1;
        }

        private int slot(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 40) & mask;
        }
    }
}
