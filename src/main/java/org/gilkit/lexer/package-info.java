/**
 * The tokenizer: Python 3.11 source text to {@link org.gilkit.lexer.Token}s
 * ({@link org.gilkit.lexer.Lexer}, {@link org.gilkit.lexer.TokenType}), with CPython's indentation,
 * bracket and literal rules and its error locations ({@link org.gilkit.lexer.LexerException}).
 * Used only by {@code org.gilkit.parser}; calls nothing outside this package.
 */
package org.gilkit.lexer;
