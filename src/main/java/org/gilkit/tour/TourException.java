package org.gilkit.tour;

/** A scenario could not run or its program did not report what it should (message says which). */
public final class TourException extends RuntimeException {
    public TourException(String message) {
        super(message);
    }
}
