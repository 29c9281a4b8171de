/**
 * Commands that measure and rebuild the offline classifiers: {@code eval emotions}, {@code eval
 * strategies} and {@code train}. Stdout carries only the report the issue specifies; everything else
 * goes to stderr.
 */
package org.practicum.app.classify;
