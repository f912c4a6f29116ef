package io.cxonebatch.domain.schedule;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Half-open intervals in an AVL tree ordered by start and augmented with the greatest end in each subtree, so
 * that adding costs O(log n) and finding the k intervals that overlap a query costs O(log n + k).
 */
final class IntervalIndex<T> {

    private static final class Node<T> {
        final Instant start;
        final Instant end;
        final long sequence;
        final T value;
        @Nullable Node<T> left;
        @Nullable Node<T> right;
        int height = 1;
        Instant maxEnd;

        Node(Instant start, Instant end, long sequence, T value) {
            this.start = start;
            this.end = end;
            this.sequence = sequence;
            this.value = value;
            this.maxEnd = end;
        }
    }

    private @Nullable Node<T> root;
    private int size;

    /** Adds an interval; {@code sequence} must be unique and breaks ties between equal starts. */
    void add(Instant start, Instant end, long sequence, T value) {
        root = insert(root, new Node<>(start, end, sequence, value));
        size++;
    }

    int size() {
        return size;
    }

    /** Adds to {@code out} the value of every interval sharing an instant with {@code [start, end)}. */
    void collectOverlapping(Instant start, Instant end, List<T> out) {
        collect(root, start, end, out);
    }

    private void collect(@Nullable Node<T> node, Instant start, Instant end, List<T> out) {
        if (node == null || !node.maxEnd.isAfter(start)) {
            return;
        }
        collect(node.left, start, end, out);
        if (node.start.isBefore(end)) {
            if (node.end.isAfter(start)) {
                out.add(node.value);
            }
            collect(node.right, start, end, out);
        }
    }

    private Node<T> insert(@Nullable Node<T> node, Node<T> added) {
        if (node == null) {
            return added;
        }
        int order = added.start.compareTo(node.start);
        if (order < 0 || (order == 0 && added.sequence < node.sequence)) {
            node.left = insert(node.left, added);
        } else {
            node.right = insert(node.right, added);
        }
        update(node);
        return balance(node);
    }

    private Node<T> balance(Node<T> node) {
        int skew = height(node.left) - height(node.right);
        if (skew > 1) {
            if (height(node.left.left) < height(node.left.right)) {
                node.left = rotateLeft(node.left);
            }
            return rotateRight(node);
        }
        if (skew < -1) {
            if (height(node.right.right) < height(node.right.left)) {
                node.right = rotateRight(node.right);
            }
            return rotateLeft(node);
        }
        return node;
    }

    private Node<T> rotateRight(Node<T> node) {
        Node<T> top = node.left;
        node.left = top.right;
        top.right = node;
        update(node);
        update(top);
        return top;
    }

    private Node<T> rotateLeft(Node<T> node) {
        Node<T> top = node.right;
        node.right = top.left;
        top.left = node;
        update(node);
        update(top);
        return top;
    }

    private void update(Node<T> node) {
        node.height = 1 + Math.max(height(node.left), height(node.right));
        Instant max = node.end;
        if (node.left != null && node.left.maxEnd.isAfter(max)) {
            max = node.left.maxEnd;
        }
        if (node.right != null && node.right.maxEnd.isAfter(max)) {
            max = node.right.maxEnd;
        }
        node.maxEnd = max;
    }

    private static int height(@Nullable Node<?> node) {
        return node == null ? 0 : node.height;
    }
}
