# Where compile() locates syntax errors at the end of the input, per mode: CPython's tokenizer adds a
# real newline in 'exec' mode (and in files) but not in 'eval'/'single' (offset 0 there), shows an
# unterminated string's line without its newline, and puts an IndentationError at end of input at
# the tokenizer's cursor.
SOURCES = ['1 +', '1 + ', '1 +\n', '(1,\n2 +)', '1 +\n\n', 'f(1) +', '\n1 +', '1 + # c', 'x = ', '1 2',
           'def', 'if x:', 'if x:\n', 'if x:\n\n', 'if x:  # c\n', 'a b c',
           "'abc\n", "'abc", "x=1\n'abc", '1 + $', "'''abc\n", "x = '''abc\ndef\n", 'x = f"abc\n']
for s in SOURCES:
    for m in ['eval', 'single', 'exec']:
        try:
            compile(s, '<s>', m)
            print(m, repr(s), 'ok')
        except SyntaxError as e:
            print(m, repr(s), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
