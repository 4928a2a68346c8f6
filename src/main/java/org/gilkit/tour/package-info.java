/**
 * The guided tour behind {@code gilkit tour}: scenarios, each a small Python program shipped as
 * a resource under {@code /org/gilkit/tour/NAME.py}, run on fresh in-process interpreters with
 * the right GIL policy, and reported as rows (table or JSON). Wired in by
 * {@link org.gilkit.cli.TourCommand}. Calls go down to {@link org.gilkit.vm.Interpreter} only.
 */
package org.gilkit.tour;
