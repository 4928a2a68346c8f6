/**
 * The guided tour behind {@code gilkit tour} and the side-by-side report behind
 * {@code gilkit bench}: scenarios and bench rows, each a small Python program shipped as a
 * resource under {@code /org/gilkit/tour/NAME.py} (bench: {@code /org/gilkit/tour/bench/}), run
 * on fresh in-process interpreters with the right GIL policy (bench: also under CPython in a
 * subprocess when python3 is found), and reported as rows (table or JSON). Wired in by
 * {@link org.gilkit.cli.TourCommand} and {@link org.gilkit.cli.BenchCommand}. Calls go down to
 * {@link org.gilkit.vm.Interpreter} only.
 */
package org.gilkit.tour;
