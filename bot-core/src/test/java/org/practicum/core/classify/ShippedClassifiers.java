package org.practicum.core.classify;

/** The shipped classifiers, loaded once for all tests in this package (loading the model takes a second or two). */
final class ShippedClassifiers {

    private ShippedClassifiers() {}

    static Classifiers get() {
        return Classifiers.loadDefault();
    }
}
