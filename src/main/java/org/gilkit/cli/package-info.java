/**
 * The {@code gilkit} command line (picocli): one class per subcommand. The top layer: it may call
 * every layer below ({@code vm}, {@code modules}, {@code runtime}, {@code gil}); nothing calls it.
 */
package org.gilkit.cli;
