/**
 * {@code gilkit calibrate}: measures where releasing the GIL pays off for each native kernel on
 * this machine, and saves the thresholds that {@link org.gilkit.kernels.KernelThresholds} loads
 * at startup (so {@link org.gilkit.kernels.ReleasePolicy#AUTO} uses measured sizes instead of
 * the built-in constants; NumPy hard-codes 500 elements, hashlib 2048 bytes).
 *
 * <ul>
 *   <li>{@link org.gilkit.kernels.calibrate.Calibrator}: the measurement (release cost, each
 *       kernel's {@link org.gilkit.kernels.calibrate.CostCurve}, the contended sweep).</li>
 *   <li>{@link org.gilkit.kernels.calibrate.BreakEven}: the rule, as pure functions (tested on
 *       synthetic curves).</li>
 *   <li>{@link org.gilkit.kernels.calibrate.Calibration}: the result;
 *       {@link org.gilkit.kernels.calibrate.CalibrationReport} renders it (table, ASCII plot,
 *       JSON); {@link org.gilkit.kernels.calibrate.CalibrationFile} saves it.</li>
 * </ul>
 *
 * <p>Wired in: {@code org.gilkit.cli.CalibrateCommand}. Calls {@code org.gilkit.kernels} and
 * {@code org.gilkit.gil} (to create the locks it measures with); nothing calls back into it.
 */
package org.gilkit.kernels.calibrate;
